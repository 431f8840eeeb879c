using Compose.Runtime.Docker;

namespace Compose.IntegrationTests.Infrastructure;

/// <summary>Whether a Docker engine answers, checked once per test run.</summary>
public static class Engine
{
    private static readonly Lazy<string?> Unavailable = new(Probe);

    public static bool IsRequired => Environment.GetEnvironmentVariable("COMPOSE_TEST_REQUIRE_DOCKER") == "1";

    /// <summary>Null when an engine answers; else why not.</summary>
    public static string? UnavailableReason => Unavailable.Value;

    private static readonly Lazy<(bool Podman, string Description)?> Info = new(ReadInfo);

    public static IReadOnlyDictionary<string, string> Variables { get; } = ReadEnvironment();

    /// <summary>Whether the engine under test is Podman's Docker-compatible service (DOCKER_HOST pointing at its socket).</summary>
    public static bool IsPodman => Info.Value?.Podman == true;

    /// <summary><c>Podman Engine 4.3.1</c>, <c>Docker Engine 20.10.24+dfsg1</c>: what tests name when they say which engine behaves how.</summary>
    public static string Description => Info.Value?.Description ?? "no engine";

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

    /// <summary>Read once per test run (a failure here would fail every test that asks, so the engine gets time on a busy machine).</summary>
    private static (bool Podman, string Description)? ReadInfo()
    {
        if (UnavailableReason is not null)
        {
            return null;
        }

        return Task.Run(async () =>
        {
            await using var r = CreateRuntime();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            // The driver knows Podman from /_ping already; /version adds the version for skip messages.
            var podman = (await r.GetCapabilitiesAsync(timeout.Token)).Driver == "podman";
            var info = await r.GetEngineInfoAsync(timeout.Token);
            return (podman, $"{info.Name} {info.Version}");
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
