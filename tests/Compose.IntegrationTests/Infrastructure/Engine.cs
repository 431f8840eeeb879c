using Compose.Runtime.Docker;

namespace Compose.IntegrationTests.Infrastructure;

/// <summary>Whether a Docker engine answers, checked once per test run.</summary>
public static class Engine
{
    private static readonly Lazy<string?> Unavailable = new(Probe);

    public static bool IsRequired => Environment.GetEnvironmentVariable("COMPOSE_TEST_REQUIRE_DOCKER") == "1";

    /// <summary>Null when an engine answers; else why not.</summary>
    public static string? UnavailableReason => Unavailable.Value;

    public static IReadOnlyDictionary<string, string> Variables { get; } = ReadEnvironment();

    public static DockerRuntime CreateRuntime() => new(DockerClientOptions.FromEnvironment(Variables));

    private static string? Probe()
    {
        try
        {
            Task.Run(async () =>
            {
                await using var r = CreateRuntime();
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await r.SnapshotAsync(Compose.Runtime.LabelFilter.Of("composectl.probe", null), timeout.Token);
            }).GetAwaiter().GetResult();
            return null;
        }
        catch (Exception e)
        {
            return e.Message;
        }
    }

    private static Dictionary<string, string> ReadEnvironment()
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (System.Collections.DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            variables[(string)entry.Key] = (string?)entry.Value ?? "";
        }

        return variables;
    }
}
