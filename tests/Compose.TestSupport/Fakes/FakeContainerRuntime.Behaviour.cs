using System.Collections.Concurrent;
using System.Globalization;
using Compose.Runtime;

namespace Compose.TestSupport.Fakes;

/// <summary>
/// What the fake's containers do once started, since they run no process: by default they keep running; a test
/// makes a service's containers turn healthy or unhealthy, or exit with a code, and can change a container later.
/// </summary>
public sealed partial class FakeContainerRuntime
{
    private readonly ConcurrentDictionary<string, string> _healthOnStart = new();
    private readonly ConcurrentDictionary<string, int> _exitOnStart = new();
    private readonly ConcurrentDictionary<string, bool> _staleTasks = new();

    /// <summary>The clock of start and finish times (a test's manual clock keeps them comparable with the CLI's).</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>Containers of <paramref name="service"/> report this health status as soon as they start.</summary>
    public FakeContainerRuntime HealthOnStart(string service, string status)
    {
        _healthOnStart[service] = status;
        return this;
    }

    /// <summary>Containers of <paramref name="service"/> exit with <paramref name="code"/> as soon as they start (one-shot tasks).</summary>
    public FakeContainerRuntime ExitOnStart(string service, int code)
    {
        _exitOnStart[service] = code;
        return this;
    }

    /// <summary>The container's health check reports <paramref name="status"/> (with an output, as the last check result).</summary>
    public void SetHealth(string name, string status, string output = "")
    {
        var id = Container(name).Id;
        _details[id] = _details[id] with
        {
            HealthStatus = status,
            HealthLog = [new HealthCheckResult(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, status == "healthy" ? 0 : 1, output)],
        };
        var suffix = status == "starting" ? "(health: starting)" : $"({status})";
        Update(id, c => c with { Status = $"Up 1 second {suffix}" });
        Publish("container", $"health_status: {status}", id);
    }

    /// <summary>The container's process ends with <paramref name="code"/>.</summary>
    public void ExitWith(string name, int code)
    {
        var id = Container(name).Id;
        Update(id, c => c with { State = ContainerState.Exited, Status = $"Exited ({code}) 1 second ago" });
        _details[id] = _details[id] with { ExitCode = code, FinishedAt = Clock.GetUtcNow() };
        Publish("container", "die", id, extra: ("exitCode", code.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>
    /// As after an engine died mid-start: every start of the container fails with containerd's "task ID: already exists"
    /// until it is removed (a stop, kill or restart does not clear it on Docker 20.10).
    /// </summary>
    public void StaleTask(string name) => _staleTasks[Container(name).Id] = true;

    private void ThrowIfStale(string id)
    {
        if (_staleTasks.ContainsKey(id))
        {
            throw new Compose.Runtime.Errors.StaleTaskException("start container", id, $"task {id}: already exists");
        }
    }

    private void OnStarted(string id)
    {
        var service = _containers[id].Label("com.docker.compose.service") ?? "";
        if (_healthOnStart.TryGetValue(service, out var status))
        {
            _details[id] = _details[id] with { HealthStatus = "starting" };
            SetHealth(_containers[id].Name, status, status == "healthy" ? "ok" : "connection refused");
        }

        if (_exitOnStart.TryGetValue(service, out var code))
        {
            ExitWith(_containers[id].Name, code);
        }
    }
}
