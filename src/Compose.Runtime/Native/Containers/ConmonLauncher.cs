using System.IO.Pipes;
using System.Text;
using System.Text.Json;
using CliWrap;
using CliWrap.Buffered;
using Compose.Runtime.Errors;
using Compose.Runtime.Native.Processes;
using Compose.Runtime.Native.State;

namespace Compose.Runtime.Native.Containers;

/// <summary>
/// Starts conmon, which runs <c>runc create</c>, then stays as the container's monitor: it holds the stdio (and the
/// pty), writes the k8s-file log and, when the container ends, the exit file. conmon tells the container's pid (or
/// runc's error) on the sync pipe named by <c>_OCI_SYNCPIPE</c>; its first process then exits, so this returns
/// while the container is created and not yet started.
/// </summary>
internal sealed class ConmonLauncher(NativeTools tools, RuncClient runc)
{
    private static readonly TimeSpan SyncTimeout = TimeSpan.FromSeconds(30);

    public async Task<int> CreateAsync(ContainerRecord record, ContainerPaths paths, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(paths.Run);
        Directory.CreateDirectory(paths.ExitDirectory);
        Directory.CreateDirectory(paths.Sockets);
        File.Delete(paths.ExitFile);
        File.Delete(paths.Pidfile);
        using var sync = new AnonymousPipeServerStream(PipeDirection.In, HandleInheritability.Inheritable);
        var command = Cli.Wrap(tools.Conmon)
            .WithArguments(Arguments(record, paths))
            .WithEnvironmentVariables(new Dictionary<string, string?> { ["_OCI_SYNCPIPE"] = sync.GetClientHandleAsString() })
            .WithValidation(CommandResultValidation.None);
        var run = command.ExecuteBufferedAsync(Encoding.UTF8, cancellationToken);
        sync.DisposeLocalCopyOfClientHandle();
        var result = await run.ConfigureAwait(false);
        var answer = await ReadSyncAsync(sync, cancellationToken).ConfigureAwait(false);
        if (answer is not { Data: > 0 })
        {
            var message = answer?.Message ?? (result.StandardError.Trim() is { Length: > 0 } error ? error : $"conmon exited with code {result.ExitCode} before the container was created");
            throw new ContainerRuntimeException("start container", record.Name, CleanMessage(message));
        }

        return answer.Data;
    }

    private IEnumerable<string> Arguments(ContainerRecord record, ContainerPaths paths)
    {
        var arguments = new List<string>
        {
            "--api-version", "1", "-c", record.Id, "-u", record.Id, "-n", record.Name,
            "-r", tools.Runc, "-b", paths.Bundle, "-p", paths.Pidfile, "-P", paths.ConmonPidfile,
            "-l", "k8s-file:" + paths.Log, "--exit-dir", paths.ExitDirectory, "--socket-dir-path", paths.Sockets,
            "--runtime-arg", "--root=" + runc.StateRoot, "--log-level", "error",
        };
        if (record.Tty)
        {
            arguments.Add("-t");
        }

        if (record.OpenStdin)
        {
            arguments.Add("-i");
        }

        return arguments;
    }

    private static async Task<ConmonSync?> ReadSyncAsync(Stream sync, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(SyncTimeout);
        using var reader = new StreamReader(sync, Encoding.UTF8);
        var line = await reader.ReadLineAsync(timeout.Token).ConfigureAwait(false);
        return string.IsNullOrWhiteSpace(line) ? null : JsonSerializer.Deserialize(line, RuncJsonContext.Default.ConmonSync);
    }

    /// <summary>runc's message arrives wrapped in its log format (<c>time="…" level=error msg="…"</c>): keep what it says.</summary>
    internal static string CleanMessage(string message)
    {
        var start = message.LastIndexOf("msg=\"", StringComparison.Ordinal);
        if (start < 0)
        {
            return message.Trim();
        }

        var text = message[(start + 5)..];
        var end = text.LastIndexOf('"');
        return (end > 0 ? text[..end] : text).Replace("\\\"", "\"", StringComparison.Ordinal).Trim();
    }
}
