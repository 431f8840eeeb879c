using System.Collections.Immutable;

namespace Compose.Planning;

public sealed record UpOptions
{
    /// <summary>Services to bring up (with their dependencies); empty means all.</summary>
    public ImmutableArray<string> Services { get; init; } = [];

    public bool ForceRecreate { get; init; }
    public bool NoRecreate { get; init; }
    public bool NoStart { get; init; }

    /// <summary>Grace period for containers stopped to be recreated.</summary>
    public TimeSpan? Timeout { get; init; }
}
