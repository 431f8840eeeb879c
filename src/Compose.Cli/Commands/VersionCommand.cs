using System.CommandLine;
using System.Reflection;
using Compose.Cli.Formatting;
using Compose.Output;

namespace Compose.Cli.Commands;

/// <summary><c>version</c>: print composectl's version (no engine connection, no file reading).</summary>
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

    public async Task<int> ExecuteAsync(CommandContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        var text = parseResult.GetValue(_short) ? Version
            : parseResult.GetValue(_format) == "json" ? JsonOutput.WriteCompact(new List<KeyValuePair<string, object?>> { new("version", "v" + Version) })
            : $"composectl version v{Version}";
        await context.Out.WriteLineAsync(text).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
