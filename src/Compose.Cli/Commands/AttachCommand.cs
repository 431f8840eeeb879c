using System.CommandLine;
using Compose.Cli.Interactive;
using Compose.Operations.Exec;

namespace Compose.Cli.Commands;

/// <summary>
/// <c>attach SERVICE</c>: connect the terminal to a running container's main process (its stdin too unless
/// <c>--no-stdin</c>); ends when the process ends (with its exit code) or on the detach keys. Without a TTY, the first
/// Ctrl+C goes to the process (<c>--sig-proxy</c>, on by default), a second one detaches.
/// </summary>
public sealed class AttachCommand : ICliCommand
{
    private readonly Option<string?> _detachKeys = new("--detach-keys") { Description = "Override the key sequence for detaching from a container", HelpName = "KEYS" };
    private readonly Option<int?> _index = new("--index") { Description = "Index of the container if service has multiple replicas", HelpName = "N" };
    private readonly Option<bool> _noStdin = new("--no-stdin") { Description = "Do not attach STDIN" };
    private readonly Option<bool> _sigProxy = new("--sig-proxy") { Description = "Proxy all received signals to the process", DefaultValueFactory = _ => true, Arity = ArgumentArity.ZeroOrOne };
    private readonly Argument<string> _service = new(ServiceArguments.Name) { Description = "The service" };

    public AttachCommand()
    {
        Definition = new Command("attach", "Attach local standard input, output, and error streams to a service's running container")
        {
            _detachKeys, _index, _noStdin, _sigProxy, _service,
        };
    }

    public Command Definition { get; }

    public async Task<int> ExecuteAsync(CommandContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        // Checked before connecting: a typo in the keys must not strand the user in a session they cannot leave.
        var detachKeys = DetachKeys.Resolve(parseResult.GetValue(_detachKeys), context.Environment.Variables);
        var scope = await context.ResolveProjectAsync(cancellationToken).ConfigureAwait(false);
        var request = new AttachRequest
        {
            NoStdin = parseResult.GetValue(_noStdin),
            SignalProxy = parseResult.GetValue(_sigProxy),
        };
        return await new ExecOperation(context.Session).AttachAsync(
            scope, parseResult.GetRequiredValue(_service), parseResult.GetValue(_index), request, new TerminalSession(context, detachKeys), cancellationToken).ConfigureAwait(false);
    }
}
