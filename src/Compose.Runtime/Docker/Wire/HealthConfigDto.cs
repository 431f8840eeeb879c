namespace Compose.Runtime.Docker.Wire;

/// <summary>A container's health check; durations are nanoseconds.</summary>
internal sealed class HealthConfigDto
{
    public string[]? Test { get; set; }
    public long? Interval { get; set; }
    public long? Timeout { get; set; }
    public long? StartPeriod { get; set; }
    public long? StartInterval { get; set; }
    public int? Retries { get; set; }
}
