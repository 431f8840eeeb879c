using Compose.Model;
using Compose.Runtime;

namespace Compose.Planning.Specs;

/// <summary>
/// <c>healthcheck:</c> for the runtime: null keeps the image's check; <c>disable: true</c> (or a <c>NONE</c> test)
/// turns it off; otherwise the test and timings, with an unset test inheriting the image's.
/// </summary>
public static class HealthCheckSpecFactory
{
    public static HealthCheckSpec? Create(HealthCheck? check) => check switch
    {
        null => null,
        { IsDisabled: true } => HealthCheckSpec.Disabled,
        _ => new HealthCheckSpec
        {
            Test = check.Test ?? [],
            Interval = check.Interval,
            Timeout = check.Timeout,
            Retries = check.Retries,
            StartPeriod = check.StartPeriod,
            StartInterval = check.StartInterval,
        },
    };
}
