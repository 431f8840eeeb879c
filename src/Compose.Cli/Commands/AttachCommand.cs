using System.CommandLine;
using Compose.Cli.Interactive;
using Compose.Runtime;

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
        var scope = await context.ResolveProjectAsync(cancellationToken).ConfigureAwait(false);
        var container = await ContainerQuery.OneAsync(context, scope, parseResult.GetRequiredValue(_service), parseResult.GetValue(_index), running: true, cancellationToken).ConfigureAwait(false);
        var runtime = context.Runtime;
        var details = await runtime.InspectContainerAsync(container.Id, cancellationToken).ConfigureAwait(false);
        var stdin = !parseResult.GetValue(_noStdin) && details.OpenStdin;
        var options = new AttachOptions { Stdin = stdin, Tty = details.Tty, DetachKeys = parseResult.GetValue(_detachKeys) };
        using var forwarding = parseResult.GetValue(_sigProxy) && !details.Tty ? ContainerSignals.Forward(context, container.Id) : null;
        await using (var connection = await runtime.AttachContainerAsync(container.Id, options, cancellationToken).ConfigureAwait(false))
        {
            await new InteractiveSession(context).RunAsync(
                connection, stdin, details.Tty ? (w, h, ct) => runtime.ResizeContainerTtyAsync(container.Id, w, h, ct) : null, cancellationToken).ConfigureAwait(false);
        }

        // Detached with the keys: the container still runs, and that is success.
        var after = await runtime.InspectContainerAsync(container.Id, cancellationToken).ConfigureAwait(false);
        return after.Summary.State is ContainerState.Running ? ExitCodes.Success : after.ExitCode ?? ExitCodes.Success;
    }
}
