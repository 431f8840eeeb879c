using System.Collections.Immutable;

namespace Compose.Planning;

public sealed record DownOptions
{
    /// <summary><c>-v</c>: also remove the project's named volumes and containers' anonymous volumes (never external ones).</summary>
    public bool RemoveVolumes { get; init; }

    public bool RemoveOrphans { get; init; }

    /// <summary><c>--rmi</c>: which images to remove after the containers.</summary>
    public ImageRemoval RemoveImages { get; init; } = ImageRemoval.None;

    public TimeSpan? Timeout { get; init; }

    /// <summary>Services to take down (for <c>down SERVICE...</c>); empty means the whole project, networks included.</summary>
    public ImmutableArray<string> Services { get; init; } = [];
}
