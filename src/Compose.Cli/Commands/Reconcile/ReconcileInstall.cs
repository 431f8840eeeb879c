using System.CommandLine;

namespace Compose.Cli.Commands.Reconcile;

/// <summary>
/// <c>reconcile install [--user]</c>: writes the systemd unit that runs <c>reconcile run</c> for this project directory
/// at boot (a system unit, or with <c>--user</c> one of the user's), with the files, env files, profiles and engine
/// this command was given, and says how to enable it. It changes nothing else.
/// </summary>
internal sealed class ReconcileInstall
{
    private static readonly string[] EngineVariables = ["DOCKER_HOST", "DOCKER_CONTEXT", "DOCKER_CONFIG", "DOCKER_TLS_VERIFY", "DOCKER_CERT_PATH", "COMPOSE_RUNTIME", "CONTAINER_HOST"];

    private readonly ReconcileFlags _flags = new();
    private readonly Option<bool> _user = new("--user") { Description = "Write a user unit (~/.config/systemd/user) instead of a system one (/etc/systemd/system)" };
    private readonly Option<string?> _unitDirectory = new("--unit-directory") { Description = "Write the unit into this directory instead", HelpName = "DIR" };

    public ReconcileInstall()
    {
        Definition = new Command("install", "Write a systemd unit that runs the reconcile loop for this project at boot") { _user, _unitDirectory };
        _flags.AddTo(Definition);
    }

    public Command Definition { get; }

    public async Task<int> ExecuteAsync(CommandContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        var project = (await context.LoadProjectAsync(cancellationToken).ConfigureAwait(false)).Project;
        var user = parseResult.GetValue(_user);
        var unit = new SystemdUnit(project.Name, project.WorkingDirectory, Command(context, parseResult, project), user)
        {
            Environment = EngineVariables.Where(v => context.Environment.Variables.GetValueOrDefault(v) is { Length: > 0 })
                .ToDictionary(v => v, v => context.Environment.Variables[v], StringComparer.Ordinal),
        };
        var directory = parseResult.GetValue(_unitDirectory) is { } explicitly ? Path.GetFullPath(explicitly, context.Environment.WorkingDirectory) : UnitDirectory(context, user);
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, unit.Name);
        await File.WriteAllTextAsync(path, unit.Render(), cancellationToken).ConfigureAwait(false);
        var systemctl = user ? "systemctl --user" : "systemctl";
        await context.Out.WriteLineAsync($"Wrote {path}.\nStart it now and at every boot with:\n    {systemctl} daemon-reload && {systemctl} enable --now {unit.Name}\n" +
            $"See what it does with 'composectl -p {project.Name} reconcile status' or 'journalctl {(user ? "--user " : "")}-u {unit.Name}'.").ConfigureAwait(false);
        return ExitCodes.Success;
    }

    /// <summary>composectl itself (or <c>dotnet composectl.dll</c>), the project's files and options, then <c>reconcile run</c>.</summary>
    private List<string> Command(CommandContext context, ParseResult parseResult, Model.Project project)
    {
        var executable = Environment.ProcessPath ?? "composectl";
        var command = Path.GetFileNameWithoutExtension(executable) == "dotnet"
            ? new List<string> { executable, Path.Combine(AppContext.BaseDirectory, "composectl.dll") }
            : [executable];
        command.AddRange(["--project-directory", project.WorkingDirectory, "-p", project.Name]);
        foreach (var file in project.ConfigFiles)
        {
            command.AddRange(["-f", file]);
        }

        foreach (var envFile in context.LoadRequest.EnvFiles)
        {
            command.AddRange(["--env-file", Path.GetFullPath(envFile, context.Environment.WorkingDirectory)]);
        }

        foreach (var profile in context.LoadRequest.Profiles)
        {
            command.AddRange(["--profile", profile]);
        }

        command.AddRange(["reconcile", "run"]);
        if (parseResult.GetValue(_flags.Period) is { } period)
        {
            command.AddRange(["--period", period.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        }

        if (parseResult.GetValue(_flags.RestartStopped))
        {
            command.Add("--restart-stopped");
        }

        return command;
    }

    private static string UnitDirectory(CommandContext context, bool user)
    {
        if (!user)
        {
            return "/etc/systemd/system";
        }

        var variables = context.Environment.Variables;
        var config = variables.GetValueOrDefault("XDG_CONFIG_HOME") is { Length: > 0 } xdg ? xdg
            : Path.Combine(variables.GetValueOrDefault("HOME") ?? throw new Errors.UsageException("--user needs HOME (or XDG_CONFIG_HOME) to find the user's systemd directory"), ".config");
        return Path.Combine(config, "systemd", "user");
    }
}
