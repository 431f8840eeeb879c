using Compose.Runtime.Docker;

namespace Compose.IntegrationTests.Infrastructure;

/// <summary>Whether a Docker engine answers, checked once per test run.</summary>
public static class Engine
{
    private static readonly Lazy<string?> Unavailable = new(Probe);

    public static bool IsRequired => Environment.GetEnvironmentVariable("COMPOSE_TEST_REQUIRE_DOCKER") == "1";

    /// <summary>Null when an engine answers; else why not.</summary>
    public static string? UnavailableReason => Unavailable.Value;

    private static readonly Lazy<Compose.Runtime.EngineInfo?> Info = new(ReadInfo);

    public static IReadOnlyDictionary<string, string> Variables { get; } = ReadEnvironment();

    /// <summary>Whether the engine under test is Podman's Docker-compatible service (DOCKER_HOST pointing at its socket).</summary>
    public static bool IsPodman => Info.Value?.Name.Contains("Podman", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary><c>Podman Engine 4.3.1</c>, <c>Docker Engine 20.10.24+dfsg1</c>: what tests name when they say which engine behaves how.</summary>
    public static string Description => Info.Value is { } info ? $"{info.Name} {info.Version}" : "no engine";

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

    private static Compose.Runtime.EngineInfo? ReadInfo()
    {
        if (UnavailableReason is not null)
        {
            return null;
        }

        return Task.Run(async () =>
        {
            await using var r = CreateRuntime();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            return await r.GetEngineInfoAsync(timeout.Token);
        }).GetAwaiter().GetResult();
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
