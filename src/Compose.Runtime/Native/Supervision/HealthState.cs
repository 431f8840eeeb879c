using System.Collections.Immutable;
using Compose.Runtime.Native.State;

namespace Compose.Runtime.Native.Supervision;

/// <summary>The engine's health state machine (pure): a pass makes a container healthy; failures after the start period count, and <c>retries</c> in a row make it unhealthy.</summary>
internal static class HealthState
{
    public const int DefaultRetries = 3;
    public const int KeptResults = 5;

    public static ContainerStatusRecord Apply(ContainerStatusRecord status, HealthCheckSpec check, HealthCheckResult result, bool inStartPeriod)
    {
        var log = status.HealthLog.Add(result);
        if (log.Length > KeptResults)
        {
            log = log.RemoveRange(0, log.Length - KeptResults);
        }

        if (result.ExitCode == 0)
        {
            return status with { HealthStatus = "healthy", FailingStreak = 0, HealthLog = log };
        }

        if (inStartPeriod && status.HealthStatus is "starting" or null)
        {
            return status with { HealthLog = log };
        }

        var streak = status.FailingStreak + 1;
        var retries = check.Retries is > 0 and var r ? r : DefaultRetries;
        return status with
        {
            FailingStreak = streak,
            HealthStatus = streak >= retries ? "unhealthy" : status.HealthStatus ?? "starting",
            HealthLog = log,
        };
    }

    /// <summary>When the next probe is due: the start interval during the start period (when set), else the interval (30 s by default).</summary>
    public static TimeSpan NextDelay(HealthCheckSpec check, bool inStartPeriod) =>
        inStartPeriod && check.StartInterval is { } startInterval && startInterval > TimeSpan.Zero ? startInterval
        : check.Interval is { } interval && interval > TimeSpan.Zero ? interval
        : TimeSpan.FromSeconds(30);

    public static ImmutableArray<string> Command(HealthCheckSpec check) => check.Test switch
    {
        ["CMD-SHELL", var shell] => ["/bin/sh", "-c", shell],
        ["CMD", .. var args] => [.. args],
        var args => [.. args],
    };
}
