using System.Diagnostics;
using System.Globalization;
using Compose.Runtime.Docker;

namespace Compose.Runtime.Bench;

/// <summary>
/// Follows the logs of many chatty containers at once for a while and samples this process's working set, GC
/// heap and allocation rate: the driver's streaming must hold memory flat however much output passes through.
/// </summary>
internal sealed class LogMemoryBenchmark(IReadOnlyDictionary<string, string> environment, int containers, int seconds)
{
    private const string Label = "composectl.bench";
    private long _lines;
    private long _bytes;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        await using var runtime = new DockerRuntime(DockerClientOptions.FromEnvironment(environment));
        var ids = new List<string>();
        try
        {
            for (var i = 0; i < containers; i++)
            {
                ids.Add(await StartChattyAsync(runtime, i, cancellationToken));
            }

            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var followers = ids.Select(id => FollowAsync(runtime, id, stop.Token)).ToList();
            await SampleAsync(stop.Token);
            await stop.CancelAsync();
            await Task.WhenAll(followers);
            return 0;
        }
        finally
        {
            foreach (var id in ids)
            {
                await runtime.RemoveContainerAsync(id, new ContainerRemoveOptions(Force: true), CancellationToken.None);
            }
        }
    }

    /// <summary>About 100 lines of ~90 bytes a second, on stdout and stderr.</summary>
    private static async Task<string> StartChattyAsync(DockerRuntime runtime, int index, CancellationToken cancellationToken)
    {
        var spec = new ContainerCreateSpec
        {
            Name = $"bench-chatty-{index}-{Guid.NewGuid():N}",
            Image = "busybox:latest",
            Command = ["sh", "-c", "i=0; while :; do i=$((i+1)); echo \"line $i of a chatty container writing steadily to its standard output\"; [ $((i % 10)) -eq 0 ] && echo \"err $i\" >&2; usleep 10000; done"],
            Labels = System.Collections.Immutable.ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create(Label, "1")]),
        };
        var id = await runtime.CreateContainerAsync(spec, cancellationToken);
        await runtime.StartContainerAsync(id, cancellationToken);
        return id;
    }

    private async Task FollowAsync(DockerRuntime runtime, string id, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var line in runtime.GetLogsAsync(id, new LogOptions { Follow = true, Tail = 0, Timestamps = true }, cancellationToken))
            {
                Interlocked.Increment(ref _lines);
                Interlocked.Add(ref _bytes, line.Text.Length);
            }
        }
        catch (OperationCanceledException)
        {
            // The end of the measurement.
        }
    }

    private async Task SampleAsync(CancellationToken cancellationToken)
    {
        Console.WriteLine($"following {containers} containers for {seconds} s");
        Console.WriteLine("| t (s) | lines/s | working set MiB | GC heap MiB | allocated MiB/s |");
        Console.WriteLine("|---|---|---|---|---|");
        var watch = Stopwatch.StartNew();
        var (lastLines, lastAllocated, lastTime) = (0L, GC.GetTotalAllocatedBytes(), 0.0);
        var interval = TimeSpan.FromSeconds(Math.Max(1, seconds / 12));
        while (watch.Elapsed.TotalSeconds < seconds)
        {
            await Task.Delay(interval, cancellationToken);
            var now = watch.Elapsed.TotalSeconds;
            var lines = Interlocked.Read(ref _lines);
            var allocated = GC.GetTotalAllocatedBytes();
            using var self = Process.GetCurrentProcess();
            var elapsed = now - lastTime;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {now:F0} | {(lines - lastLines) / elapsed:F0} | {self.WorkingSet64 / 1048576.0:F1} | {GC.GetTotalMemory(false) / 1048576.0:F1} | {(allocated - lastAllocated) / elapsed / 1048576.0:F2} |"));
            (lastLines, lastAllocated, lastTime) = (lines, allocated, now);
        }

        Console.WriteLine($"total: {Interlocked.Read(ref _lines)} lines, {Interlocked.Read(ref _bytes) / 1048576.0:F1} MiB of text");
    }
}
