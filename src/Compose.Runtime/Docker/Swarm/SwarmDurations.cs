namespace Compose.Runtime.Docker.Swarm;

/// <summary>The Swarm API's durations are nanoseconds; zero means unset, so it reads back as null.</summary>
internal static class SwarmDurations
{
    public static long? ToWire(TimeSpan? value) => value is { } span ? span.Ticks * 100 : null;

    public static TimeSpan? FromWire(long? nanoseconds) => nanoseconds is { } n and not 0 ? TimeSpan.FromTicks(n / 100) : null;
}
