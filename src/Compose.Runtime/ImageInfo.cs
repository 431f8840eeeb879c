using System.Collections.Immutable;

namespace Compose.Runtime;

public sealed record ImageInfo
{
    public required string Id { get; init; }
    public ImmutableArray<string> RepoTags { get; init; } = [];
    public ImmutableArray<string> RepoDigests { get; init; } = [];
    public ImmutableSortedDictionary<string, string> Labels { get; init; } = ImmutableSortedDictionary<string, string>.Empty;
    public DateTimeOffset Created { get; init; }
    public long Size { get; init; }

    /// <summary><c>os/architecture[/variant]</c> as the engine's inspect reports it; empty when unknown.</summary>
    public string Platform { get; init; } = "";
}
