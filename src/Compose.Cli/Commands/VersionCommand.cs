using System.CommandLine;
using System.Reflection;
using Compose.Cli.Formatting;
using Compose.Cli.Plugin;
using Compose.Observing;
using Compose.Output;

namespace Compose.Cli.Commands;

/// <summary>
/// <c>version</c>: print composectl's version (no engine connection, no file reading). Run as the docker CLI plugin
/// (<c>docker compose version</c>), it answers as docker compose does, with the docker compose release it is
/// compatible with (<see cref="ComposeCompatibility.Version"/>): scripts and IDEs test that number.
/// </summary>
public sealed class VersionCommand : ICliCommand
{
    private readonly Option<bool> _short = new("--short") { Description = "Shows only the version number" };
    private readonly Option<string?> _format = new("--format", "-f") { Description = "Format the output. Values: [pretty | json]", HelpName = "FORMAT" };

    public VersionCommand()
    {
        _format.AcceptOnlyFromAmong("pretty", "json");
        Definition = new Command("version", "Show the composectl version information") { _short, _format };
    }

    public Command Definition { get; }

    public static string Version { get; } =
        typeof(VersionCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>The name and version to report: docker compose's under the docker CLI plugin, else composectl's own.</summary>
    public static (string Name, string Version) Identity(IReadOnlyDictionary<string, string> variables) =>
        DockerCliPlugin.IsRunning(variables) ? ("Docker Compose", ComposeCompatibility.Version) : ("composectl", Version);

    /// <summary>The one line both <c>version</c> and <c>--version</c> print.</summary>
    public static string Line(IReadOnlyDictionary<string, string> variables)
    {
        var (name, version) = Identity(variables);
        return $"{name} version v{version}";
    }

    public async Task<int> ExecuteAsync(CommandContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        var (_, version) = Identity(context.Environment.Variables);
        var text = parseResult.GetValue(_short) ? version
            : parseResult.GetValue(_format) == "json" ? JsonOutput.WriteCompact(new List<KeyValuePair<string, object?>> { new("version", "v" + version) })
            : Line(context.Environment.Variables);
        await context.Out.WriteLineAsync(text).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
