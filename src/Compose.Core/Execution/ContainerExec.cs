using System.Text;
using Compose.Model;
using Compose.Runtime;

namespace Compose.Execution;

/// <summary>Runs a command in a container to its end (no TTY, no stdin) and returns its exit code and combined output.</summary>
public static class ContainerExec
{
    public static async Task<(int ExitCode, string Output)> RunAsync(IContainerRuntime runtime, string containerId, ExecSpec spec, CancellationToken cancellationToken)
    {
        var id = await runtime.CreateExecAsync(containerId, spec with { Tty = false, AttachStdin = false, AttachStdout = true, AttachStderr = true }, cancellationToken).ConfigureAwait(false);
        var output = new StringBuilder();
        await using (var connection = await runtime.StartExecAsync(id, tty: false, cancellationToken).ConfigureAwait(false))
        {
            await foreach (var chunk in connection.ReadOutputAsync(cancellationToken).ConfigureAwait(false))
            {
                output.Append(Encoding.UTF8.GetString(chunk.Data.Span));
            }
        }

        var info = await runtime.InspectExecAsync(id, cancellationToken).ConfigureAwait(false);
        return (info.ExitCode ?? -1, output.ToString());
    }

    /// <summary>The exec of a lifecycle or watch hook (<c>post_start</c>, <c>pre_stop</c>, <c>sync+exec</c>).</summary>
    public static ExecSpec SpecOf(ServiceHook hook) => new()
    {
        Command = hook.Command,
        User = hook.User,
        Privileged = hook.Privileged,
        WorkingDirectory = hook.WorkingDir,
        Environment = [.. hook.Environment.Where(e => e.Value is not null).Select(e => $"{e.Key}={e.Value}")],
    };
}
