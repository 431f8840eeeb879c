using Compose.IntegrationTests.Infrastructure;
using Compose.Runtime;

namespace Compose.IntegrationTests.Runtime;

public sealed class MonitoringTests() : RuntimeTestBase("monitor")
{
    [DockerFact]
    public async Task Top_lists_the_containers_processes_with_ps_arguments()
    {
        var container = await RunAsync(Busybox("top", "sleep", "301"));

        var top = await Runtime.TopAsync(container, null, Timeout());
        var custom = await Runtime.TopAsync(container, "-o pid,args", Timeout());

        top.Titles.Should().Contain("PID");
        top.Processes.Should().Contain(p => string.Join(' ', p).Contains("sleep 301"));
        custom.Titles.Should().Equal("PID", "COMMAND");
        custom.Processes.Should().ContainSingle().Which[1].Should().Be("sleep 301");
    }

    [DockerFact]
    public async Task A_one_shot_sample_has_cpu_deltas_and_memory()
    {
        var container = await RunAsync(Busybox("stats", "sh", "-c", "while :; do :; done"));

        var samples = new List<ContainerStats>();
        await foreach (var sample in Runtime.StatsAsync(container, stream: false, Timeout()))
        {
            samples.Add(sample);
        }

        var only = samples.Should().ContainSingle().Subject;
        only.ContainerId.Should().Be(container);
        only.Name.Should().Be($"{Project}-stats");
        only.CpuTotal.Should().BeGreaterThan(only.PreCpuTotal, "a busy loop used CPU between the two readings");
        only.SystemCpu.Should().BeGreaterThan(only.PreSystemCpu);
        only.OnlineCpus.Should().BeGreaterThan(0);
        only.MemoryUsage.Should().BeGreaterThan(0);
        only.MemoryLimit.Should().BeGreaterThan(only.MemoryUsage);
        only.Pids.Should().BeGreaterThan(0);
    }

    [DockerFact]
    public async Task Streaming_stats_yield_fresh_samples_until_the_consumer_stops()
    {
        var container = await RunAsync(Busybox("stream", "sleep", "300"));
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        var reads = new List<DateTimeOffset>();
        await foreach (var sample in Runtime.StatsAsync(container, stream: true, cancel.Token))
        {
            reads.Add(sample.Read);
            if (reads.Count == 3)
            {
                break;
            }
        }

        reads.Should().BeInAscendingOrder().And.OnlyHaveUniqueItems("each sample is a new reading, not a repeat");
    }
}
