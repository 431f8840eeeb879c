using System.Diagnostics;
using System.Globalization;
using System.Text;
using Compose.Runtime.Docker;

namespace Compose.Runtime.Bench;

/// <summary>
/// The client's own cost on top of the engine: the same calls made by composectl's driver and by one
/// <c>curl --unix-socket</c> process reusing its connection (the floor a raw HTTP client reaches). Rounds
/// alternate between the two so engine drift hits both; the median round is reported.
/// </summary>
internal sealed class OverheadBenchmark(IReadOnlyDictionary<string, string> environment, int inspects, int cycles, int rounds)
{
    private const string Label = "composectl.bench";

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var options = DockerClientOptions.FromEnvironment(environment);
        var socket = options.Endpoint.SocketPath ?? throw new InvalidOperationException("curl comparison needs a unix-socket engine");
        await using var runtime = new DockerRuntime(options);
        var api = (await runtime.GetEngineInfoAsync(cancellationToken)).ApiVersion;
        var curl = new CurlRunner(socket, $"v{api.Major}.{api.Minor}");
        var target = await CreateTargetAsync(runtime, cancellationToken);
        try
        {
            await WarmUpAsync(runtime, target, cancellationToken);
            var results = new List<(string Name, int Count, List<double> Client, List<double> Curl)>
            {
                ($"inspect container x{inspects}", inspects, [], []),
                ($"create+start+remove x{cycles}", cycles, [], []),
            };
            for (var round = 0; round < rounds; round++)
            {
                results[0].Client.Add(await TimeAsync(() => InspectLoopAsync(runtime, target, cancellationToken)));
                results[0].Curl.Add(await TimeAsync(() => curl.RunAsync(curl.InspectConfig(target, inspects), cancellationToken)));
                results[1].Client.Add(await TimeAsync(() => CycleLoopAsync(runtime, $"bench-client-{round}", cancellationToken)));
                results[1].Curl.Add(await TimeAsync(() => curl.RunAsync(curl.CycleConfig($"bench-curl-{round}", cycles, Label), cancellationToken)));
            }

            Print(results, rounds);
            return 0;
        }
        finally
        {
            await runtime.RemoveContainerAsync(target, new ContainerRemoveOptions(Force: true), CancellationToken.None);
        }
    }

    private static async Task<string> CreateTargetAsync(DockerRuntime runtime, CancellationToken cancellationToken)
    {
        var id = await runtime.CreateContainerAsync(Spec($"bench-target-{Guid.NewGuid():N}"), cancellationToken);
        await runtime.StartContainerAsync(id, cancellationToken);
        return id;
    }

    /// <summary>
    /// Steady state, not start-up: enough calls for tiered compilation to optimize the hot paths, then a pause
    /// for the background compiler (curl is native code from its first request).
    /// </summary>
    private static async Task WarmUpAsync(DockerRuntime runtime, string target, CancellationToken cancellationToken)
    {
        for (var i = 0; i < 1000; i++)
        {
            await runtime.InspectContainerAsync(target, cancellationToken);
        }

        for (var i = 0; i < 40; i++)
        {
            var id = await runtime.CreateContainerAsync(Spec($"bench-warm-{Guid.NewGuid():N}"), cancellationToken);
            await runtime.StartContainerAsync(id, cancellationToken);
            await runtime.RemoveContainerAsync(id, new ContainerRemoveOptions(Force: true), cancellationToken);
        }

        await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
    }

    private async Task InspectLoopAsync(DockerRuntime runtime, string target, CancellationToken cancellationToken)
    {
        for (var i = 0; i < inspects; i++)
        {
            await runtime.InspectContainerAsync(target, cancellationToken);
        }
    }

    private async Task CycleLoopAsync(DockerRuntime runtime, string prefix, CancellationToken cancellationToken)
    {
        for (var i = 0; i < cycles; i++)
        {
            var id = await runtime.CreateContainerAsync(Spec($"{prefix}-{i}"), cancellationToken);
            await runtime.StartContainerAsync(id, cancellationToken);
            await runtime.RemoveContainerAsync(id, new ContainerRemoveOptions(Force: true), cancellationToken);
        }
    }

    /// <summary>The same body curl sends: busybox sleeping, one label.</summary>
    private static ContainerCreateSpec Spec(string name) => new()
    {
        Name = name,
        Image = "busybox:latest",
        Command = ["sleep", "300"],
        Labels = System.Collections.Immutable.ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create(Label, "1")]),
    };

    private static async Task<double> TimeAsync(Func<Task> action)
    {
        var watch = Stopwatch.StartNew();
        await action();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static void Print(List<(string Name, int Count, List<double> Client, List<double> Curl)> results, int rounds)
    {
        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"median of {rounds} rounds; ms per operation (total ms)");
        table.AppendLine("| workload | composectl | curl --unix-socket | client / curl |");
        table.AppendLine("|---|---|---|---|");
        foreach (var (name, count, client, curl) in results)
        {
            var (c, r) = (Median(client), Median(curl));
            table.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {c / count:F2} ({c:F0}) | {r / count:F2} ({r:F0}) | {c / r:P0} |");
        }

        Console.Write(table);
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
