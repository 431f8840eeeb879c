using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Compose.Runtime;

namespace Compose.TestSupport.Fakes;

/// <summary>Exec sessions and attaches: recorded (<c>exec NAME: COMMAND</c>), no output, an exec exiting with <see cref="ExecExitCode"/>.</summary>
public sealed partial class FakeContainerRuntime
{
    private readonly ConcurrentDictionary<string, string> _execs = new();

    /// <summary>The exit code every exec session ends with.</summary>
    public int ExecExitCode { get; set; }

    public Task<string> CreateExecAsync(string containerId, ExecSpec spec, CancellationToken cancellationToken)
    {
        Record(new("exec", "container", NameOf(containerId), string.Join(' ', spec.Command)));
        var id = NewId();
        _execs[id] = containerId;
        return Task.FromResult(id);
    }

    public Task<IContainerConnection> StartExecAsync(string execId, bool tty, CancellationToken cancellationToken) =>
        Task.FromResult<IContainerConnection>(new SilentConnection());

    public Task<ExecInfo> InspectExecAsync(string execId, CancellationToken cancellationToken) =>
        Task.FromResult(new ExecInfo(execId, false, ExecExitCode, null));

    /// <summary>An attach to a container: recorded; the container prints nothing (its exit comes from <see cref="ExitOnStart"/>).</summary>
    public Task<IContainerConnection> AttachContainerAsync(string id, AttachOptions options, CancellationToken cancellationToken)
    {
        Record(new("attach", "container", NameOf(id)));
        return Task.FromResult<IContainerConnection>(new SilentConnection());
    }

    private sealed class SilentConnection : IContainerConnection
    {
        public ValueTask WriteInputAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken) => ValueTask.CompletedTask;

        public ValueTask CloseInputAsync(CancellationToken cancellationToken) => ValueTask.CompletedTask;

        public async IAsyncEnumerable<OutputChunk> ReadOutputAsync([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await Task.CompletedTask;
            yield break;
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
