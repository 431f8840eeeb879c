using System.CommandLine;
using Compose.Runtime.Native;
using Compose.Runtime.Native.Supervision;

namespace Compose.Cli.Commands;

/// <summary>
/// <c>__native-supervise</c> (hidden): the per-project supervisor of the native runtime, started in the background
/// by the first container start of a project and ending when its last container is removed. Not for users.
/// </summary>
public sealed class NativeSuperviseCommand : ICliCommand
{
    private readonly Option<string> _root = new("--root") { Required = true };
    private readonly Option<string> _runRoot = new("--run-root") { Required = true };
    private readonly Option<string> _group = new("--group") { Required = true };

    public NativeSuperviseCommand()
    {
        Definition = new Command(SupervisorCommand.Verb, "Supervise a native-runtime project (internal)") { _root, _runRoot, _group };
        Definition.Hidden = true;
    }

    public Command Definition { get; }

    public async Task<int> ExecuteAsync(CommandContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        var root = new NativeRoot(parseResult.GetValue(_root)!, parseResult.GetValue(_runRoot)!);
        await NativeEngine.ForSupervisor(root, TimeProvider.System).SuperviseAsync(parseResult.GetValue(_group)!, cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
