namespace Compose.Runtime.Native.Containers;

/// <summary>The health check a container runs, as the engine merges it: the container's settings over the image's, <c>NONE</c> for none.</summary>
internal static class HealthCheckMerge
{
    public static HealthCheckSpec? Effective(HealthCheckSpec? container, HealthCheckSpec? image)
    {
        if (container is null)
        {
            return IsDisabled(image) ? null : image;
        }

        var merged = container with
        {
            Test = container.Test.IsDefaultOrEmpty ? image?.Test ?? [] : container.Test,
            Interval = container.Interval ?? image?.Interval,
            Timeout = container.Timeout ?? image?.Timeout,
            Retries = container.Retries ?? image?.Retries,
            StartPeriod = container.StartPeriod ?? image?.StartPeriod,
            StartInterval = container.StartInterval ?? image?.StartInterval,
        };
        return IsDisabled(merged) || merged.Test.IsDefaultOrEmpty ? null : merged;
    }

    private static bool IsDisabled(HealthCheckSpec? check) => check is null || check.Test is ["NONE", ..];
}
