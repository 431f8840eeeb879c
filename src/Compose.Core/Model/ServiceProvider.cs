using System.Collections.Immutable;

namespace Compose.Model;

/// <summary><c>provider:</c> a service managed by an external component instead of a container.</summary>
public sealed record ServiceProvider
{
    public required string Type { get; init; }

    /// <summary>Each option may repeat, so every value is a list.</summary>
    public ImmutableSortedDictionary<string, ImmutableArray<string>> Options { get; init; } = ModelMaps.Empty<ImmutableArray<string>>();
}
