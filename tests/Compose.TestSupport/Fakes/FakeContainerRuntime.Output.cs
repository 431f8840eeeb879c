using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Compose.Runtime;
using Compose.Runtime.Errors;

namespace Compose.TestSupport.Fakes;

/// <summary>Waiting for a container to stop, and its output: lines a test gives a service's containers.</summary>
public sealed partial class FakeContainerRuntime
{
    private readonly ConcurrentDictionary<string, ImmutableArray<string>> _output = new();

    /// <summary>What containers of <paramref name="service"/> print (all at once, when they start).</summary>
    public FakeContainerRuntime Prints(string service, params string[] lines)
    {
        _output[service] = [.. lines];
        return this;
    }

    public async Task<ContainerExit> WaitContainerAsync(string id, WaitCondition condition, CancellationToken cancellationToken)
    {
        await foreach (var _ in EventsAsync(new EventFilter { Since = condition == WaitCondition.NextExit ? null : DateTimeOffset.UnixEpoch }, cancellationToken).WithCancellation(cancellationToken))
        {
            if (!_containers.TryGetValue(id, out var container))
            {
                throw new ResourceNotFoundException("wait container", id, "No such container");
            }

            if (container.State is not (ContainerState.Running or ContainerState.Paused or ContainerState.Restarting))
            {
                return new ContainerExit(_details[id].ExitCode ?? 0, null);
            }
        }

        throw new OperationCanceledException(cancellationToken);
    }

    /// <summary>The service's lines; when following, the stream ends once the container has stopped, as the engine's does.</summary>
    public async IAsyncEnumerable<LogLine> GetLogsAsync(string id, LogOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var service = _containers.TryGetValue(id, out var container) ? container.Label("com.docker.compose.service") ?? "" : "";
        var lines = _output.GetValueOrDefault(service, []);
        foreach (var line in options.Tail is { } tail ? lines.Skip(Math.Max(0, lines.Length - tail)) : lines)
        {
            yield return new LogLine(OutputStream.Stdout, line, null);
        }

        if (options.Follow)
        {
            await WaitContainerAsync(id, WaitCondition.NotRunning, cancellationToken);
        }
    }
}
