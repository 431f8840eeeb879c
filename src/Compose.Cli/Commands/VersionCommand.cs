using System.CommandLine;
using System.Reflection;

namespace Compose.Cli.Commands;

/// <summary><c>version</c>: print composectl's version (no engine connection, no file reading).</summary>
public sealed class VersionCommand : ICliCommand
{
    private readonly Option<bool> _short = new("--short") { Description = "Shows only the version number" };

    public VersionCommand()
    {
        Definition = new Command("version", "Show the composectl version information") { _short };
    }

    public Command Definition { get; }

    public static string Version { get; } =
        typeof(VersionCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public async Task<int> ExecuteAsync(CommandContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        await context.Out.WriteLineAsync(parseResult.GetValue(_short) ? Version : $"composectl version v{Version}").ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
