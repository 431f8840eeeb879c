using System.Collections.Immutable;

namespace Compose.Model;

/// <summary>A top-level <c>models:</c> entry (an AI model served by the platform).</summary>
public sealed record ModelDefinition
{
    public string? Name { get; init; }
    public required string Model { get; init; }
    public long? ContextSize { get; init; }
    public ImmutableArray<string> RuntimeFlags { get; init; } = [];
    public ImmutableSortedDictionary<string, object?> Extensions { get; init; } = ModelMaps.Empty<object?>();
}
