using System.CommandLine;
using Compose.Cli.Interactive;
using Compose.Operations.Exec;
using Compose.Runtime;

namespace Compose.Cli.Commands;

/// <summary>
/// <c>exec SERVICE COMMAND...</c>: run a command in a service's running container. A TTY is allocated when stdin is a
/// terminal (unless <c>-T</c>); the command's exit code becomes composectl's.
/// </summary>
public sealed class ExecCommand : ICliCommand
{
    private readonly Option<bool> _detach = new("--detach", "-d") { Description = "Detached mode: Run command in the background" };
    private readonly Option<string[]> _env = new("--env", "-e") { Description = "Set environment variables", HelpName = "KEY=VALUE" };
    private readonly Option<string?> _user = new("--user", "-u") { Description = "Run the command as this user", HelpName = "USER" };
    private readonly Option<string?> _workdir = new("--workdir", "-w") { Description = "Path to workdir directory for this command", HelpName = "DIR" };
    private readonly Option<bool> _noTty = new("--no-tty", "--no-TTY", "-T") { Description = "Disable pseudo-TTY allocation. By default a TTY is allocated when stdin is a terminal" };
    private readonly Option<int?> _index = new("--index") { Description = "Index of the container if service has multiple replicas", HelpName = "N" };
    private readonly Option<bool> _privileged = new("--privileged") { Description = "Give extended privileges to the process" };
    private readonly Option<bool> _interactive = new("--interactive", "-i") { Description = "Keep STDIN open even if not attached (always on)", Hidden = true };
    private readonly Option<bool> _tty = new("--tty", "-t") { Description = "Allocate a pseudo-TTY (the default when stdin is a terminal)", Hidden = true };
    private readonly Argument<string> _service = new(ServiceArguments.Name) { Description = "The service" };
    private readonly Argument<string[]> _command = new("COMMAND") { Arity = ArgumentArity.OneOrMore, Description = "The command and its arguments" };

    public ExecCommand()
    {
        Definition = new Command("exec", "Execute a command in a running container")
        {
            _detach, _env, _user, _workdir, _noTty, _index, _privileged, _interactive, _tty, _service, _command,
        };
    }

    public Command Definition { get; }

    public async Task<int> ExecuteAsync(CommandContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        // docker compose takes the detach keys from config.json; a bad value is refused before anything is done.
        var detachKeys = DetachKeys.Resolve(null, context.Environment.Variables);
        var scope = await context.ResolveProjectAsync(cancellationToken).ConfigureAwait(false);
        var detach = parseResult.GetValue(_detach);
        var tty = !detach && !parseResult.GetValue(_noTty) && context.Environment.InputIsTerminal;
        var request = new ExecRequest
        {
            Service = parseResult.GetRequiredValue(_service),
            Index = parseResult.GetValue(_index),
            Detach = detach,
            Spec = new ExecSpec
            {
                Command = [.. parseResult.GetRequiredValue(_command)],
                Environment = EnvironmentArguments.Resolve(parseResult.GetValue(_env) ?? [], context.Environment.Variables),
                User = parseResult.GetValue(_user),
                WorkingDirectory = parseResult.GetValue(_workdir),
                Privileged = parseResult.GetValue(_privileged),
                Tty = tty,
                AttachStdin = !detach,
                AttachStdout = !detach,
                AttachStderr = !detach,
            },
        };
        return await new ExecOperation(context.Session).ExecAsync(scope, request, new TerminalSession(context, detachKeys), cancellationToken).ConfigureAwait(false);
    }
}
