using System.CommandLine;
using System.CommandLine.Invocation;

namespace Compose.Cli.Commands;

/// <summary>
/// <c>composectl --version</c> prints what <c>composectl version</c> prints (<see cref="VersionCommand.Line"/>), as
/// <c>docker compose --version</c> and <c>docker compose version</c> do, instead of the parser's raw assembly version.
/// </summary>
public sealed class VersionAction(IReadOnlyDictionary<string, string> variables) : SynchronousCommandLineAction
{
    public static void ReplaceIn(RootCommand root, IReadOnlyDictionary<string, string> variables)
    {
        foreach (var option in root.Options.OfType<VersionOption>())
        {
            option.Action = new VersionAction(variables);
        }
    }

    public override int Invoke(ParseResult parseResult)
    {
        parseResult.InvocationConfiguration.Output.WriteLine(VersionCommand.Line(variables));
        return ExitCodes.Success;
    }
}
