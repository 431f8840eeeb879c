using Compose.Model;
using k8s.Models;

namespace Compose.Conversion.Kubernetes;

/// <summary>
/// A healthcheck as the container's readiness probe (a Service sends traffic only to healthy pods, as
/// <c>service_healthy</c> waits for health) and liveness probe (an unhealthy container is restarted). <c>interval</c>,
/// <c>timeout</c> and <c>retries</c> keep compose's defaults (30 s, 30 s, 3). <c>start_period</c>, in which failures
/// do not count, becomes a startup probe that allows that long before the others begin.
/// </summary>
public static class ProbeMapper
{
    private static readonly TimeSpan DefaultInterval = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan DefaultStartInterval = TimeSpan.FromSeconds(5);

    public sealed record Probes(V1Probe? Readiness, V1Probe? Liveness, V1Probe? Startup);

    public static Probes Map(ConversionContext context, Service service)
    {
        if (service.HealthCheck is not { IsDisabled: false } check)
        {
            return new Probes(null, null, null);
        }

        if (Command(check) is not { } command)
        {
            context.Warn(WarningKinds.ImageHealthcheck, $"services.{service.Name}.healthcheck",
                "a healthcheck without test: uses the image's HEALTHCHECK, which Kubernetes ignores; write the test: to get probes.");
            return new Probes(null, null, null);
        }

        var period = KubeValues.Seconds(check.Interval ?? DefaultInterval);
        var timeout = KubeValues.Seconds(check.Timeout ?? DefaultTimeout);
        var retries = Math.Max(1, check.Retries ?? 3);
        V1Probe Probe(int periodSeconds, int failures) => new()
        {
            Exec = new V1ExecAction { Command = command },
            PeriodSeconds = periodSeconds,
            TimeoutSeconds = timeout,
            FailureThreshold = failures,
        };

        V1Probe? startup = null;
        if (check.StartPeriod is { } start && start > TimeSpan.Zero)
        {
            var startPeriod = KubeValues.Seconds(check.StartInterval ?? DefaultStartInterval);
            startup = Probe(startPeriod, KubeValues.Seconds(start) / startPeriod + retries);
        }

        return new Probes(Probe(period, retries), Probe(period, retries), startup);
    }

    /// <summary><c>CMD</c> runs its arguments, <c>CMD-SHELL</c> its string through <c>/bin/sh -c</c>, as the engine does.</summary>
    private static List<string>? Command(HealthCheck check)
    {
        // Probe commands are not expanded by the kubelet (only command, args and env are), so they go as they are.
        var test = check.Test ?? [];
        return test.Length switch
        {
            > 1 when test[0] == "CMD" => [.. test.Skip(1)],
            2 when test[0] == "CMD-SHELL" => ["/bin/sh", "-c", test[1]],
            _ => null,
        };
    }
}
