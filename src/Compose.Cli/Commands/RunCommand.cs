using System.CommandLine;
using System.Security.Cryptography;
using Compose.Cli.Commands.Images;
using Compose.Cli.Interactive;
using Compose.Operations.Run;
using Compose.Planning.OneOff;
using Compose.Targets.Engine;

namespace Compose.Cli.Commands;

/// <summary>
/// <c>run SERVICE [COMMAND...]</c>: a one-off container of a service, after its dependencies (and the project's
/// networks and volumes) are up and ready; planned like every verb, so <c>--dry-run</c> prints its steps. The
/// container's exit code becomes composectl's.
/// </summary>
public sealed class RunCommand : ICliCommand
{
    private readonly Option<bool> _detach = new("--detach", "-d") { Description = "Run container in background and print container name" };
    private readonly Option<bool> _remove = new("--rm") { Description = "Automatically remove the container when it exits" };
    private readonly Option<string?> _name = new("--name") { Description = "Assign a name to the container", HelpName = "NAME" };
    private readonly Option<string?> _entrypoint = new("--entrypoint") { Description = "Override the entrypoint of the image", HelpName = "CMD" };
    private readonly Option<string[]> _env = new("--env", "-e") { Description = "Set environment variables", HelpName = "KEY=VALUE" };
    private readonly Option<string[]> _labels = new("--label", "-l") { Description = "Add or override a label", HelpName = "KEY=VALUE" };
    private readonly Option<string?> _user = new("--user", "-u") { Description = "Run as specified username or uid", HelpName = "USER" };
    private readonly Option<string?> _workdir = new("--workdir", "-w") { Description = "Working directory inside the container", HelpName = "DIR" };
    private readonly Option<string[]> _volumes = new("--volume", "-v") { Description = "Bind mount a volume", HelpName = "SRC:DST[:ro]" };
    private readonly Option<string[]> _publish = new("--publish", "-p") { Description = "Publish a container's port(s) to the host", HelpName = "[IP:]HOST:CONTAINER" };
    private readonly Option<bool> _servicePorts = new("--service-ports", "-P") { Description = "Run command with all service's ports enabled and mapped to the host" };
    private readonly Option<string[]> _capAdd = new("--cap-add") { Description = "Add Linux capabilities", HelpName = "CAP" };
    private readonly Option<string[]> _capDrop = new("--cap-drop") { Description = "Drop Linux capabilities", HelpName = "CAP" };
    private readonly Option<bool> _noDeps = new("--no-deps") { Description = "Don't start linked services" };
    private readonly Option<bool> _removeOrphans = new("--remove-orphans") { Description = "Remove containers for services not defined in the Compose file" };
    private readonly Option<bool> _noTty = new("--no-tty", "--no-TTY", "-T") { Description = "Disable pseudo-TTY allocation (default: auto-detected)" };
    private readonly Option<bool> _useAliases = new("--use-aliases") { Description = "Use the service's network aliases in the network(s) the container connects to" };
    private readonly Option<bool> _interactive = new("--interactive", "-i") { Description = "Keep STDIN open even if not attached (always on)", Hidden = true };
    private readonly Option<bool> _tty = new("--tty", "-t") { Description = "Allocate a pseudo-TTY (the default when stdin is a terminal)", Hidden = true };
    private readonly Argument<string> _service = new(ServiceArguments.Name) { Description = "The service" };
    private readonly Argument<string[]> _command = new("COMMAND") { Arity = ArgumentArity.ZeroOrMore, Description = "Command and arguments (default: the service's)" };
    private readonly ImageFlags _images = new();

    public RunCommand()
    {
        Definition = new Command("run", "Run a one-off command on a service")
        {
            _detach, _remove, _name, _entrypoint, _env, _labels, _user, _workdir, _volumes, _publish, _servicePorts, _noDeps,
            _noTty, _useAliases, _capAdd, _capDrop, _interactive, _tty, _removeOrphans,
        };
        _images.AddTo(Definition, noBuild: false);
        Definition.Add(_service);
        Definition.Add(_command);
    }

    public Command Definition { get; }

    public async Task<int> ExecuteAsync(CommandContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        // docker compose takes the detach keys from config.json; a bad value is refused before anything is done.
        var detachKeys = DetachKeys.Resolve(null, context.Environment.Variables);
        var project = (await context.LoadProjectAsync(cancellationToken).ConfigureAwait(false)).Project;
        var options = Options(context, parseResult);
        var run = new RunOperation(context.Session);
        var plan = await run.PlanAsync(project, options, _images.Parse(parseResult), context.DryRun, cancellationToken).ConfigureAwait(false);
        if (context.DryRun)
        {
            context.Session.WarnAbout(plan.Plan);
            await context.Out.WriteAsync(plan.ToText()).ConfigureAwait(false);
            return ExitCodes.Success;
        }

        var code = await run.RunAsync(plan, options.Detach ? null : new TerminalSession(context, detachKeys), cancellationToken).ConfigureAwait(false);
        if (options.Detach)
        {
            await context.Out.WriteLineAsync(plan.Spec.Name).ConfigureAwait(false);
        }

        return code;
    }

    private OneOffOptions Options(CommandContext context, ParseResult parseResult) => new()
    {
        Service = parseResult.GetRequiredValue(_service),
        Slug = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)),
        Command = [.. parseResult.GetValue(_command) ?? []],
        Name = parseResult.GetValue(_name),
        Entrypoint = parseResult.GetValue(_entrypoint),
        Environment = EnvironmentArguments.Resolve(parseResult.GetValue(_env) ?? [], context.Environment.Variables),
        Labels = [.. parseResult.GetValue(_labels) ?? []],
        User = parseResult.GetValue(_user),
        WorkingDirectory = parseResult.GetValue(_workdir),
        Volumes = [.. parseResult.GetValue(_volumes) ?? []],
        Publish = [.. parseResult.GetValue(_publish) ?? []],
        ServicePorts = parseResult.GetValue(_servicePorts),
        UseAliases = parseResult.GetValue(_useAliases),
        CapAdd = [.. parseResult.GetValue(_capAdd) ?? []],
        CapDrop = [.. parseResult.GetValue(_capDrop) ?? []],
        Tty = !parseResult.GetValue(_detach) && !parseResult.GetValue(_noTty) && context.Environment.InputIsTerminal,
        Interactive = !parseResult.GetValue(_detach),
        AutoRemove = parseResult.GetValue(_detach) && parseResult.GetValue(_remove),
        Detach = parseResult.GetValue(_detach),
        RemoveAfterRun = parseResult.GetValue(_remove),
        NoDependencies = parseResult.GetValue(_noDeps),
        RemoveOrphans = parseResult.GetValue(_removeOrphans) || context.RemoveOrphans,
    };
}
