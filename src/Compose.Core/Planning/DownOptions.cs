namespace Compose.Planning;

public sealed record DownOptions
{
    /// <summary><c>-v</c>: also remove the project's named volumes and containers' anonymous volumes.</summary>
    public bool RemoveVolumes { get; init; }

    public bool RemoveOrphans { get; init; }

    public TimeSpan? Timeout { get; init; }
}
