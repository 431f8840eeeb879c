using System.Collections.Immutable;

namespace Compose.Model;

/// <summary><c>logging:</c> driver and options.</summary>
public sealed record LoggingConfig
{
    public string? Driver { get; init; }
    public ImmutableSortedDictionary<string, string> Options { get; init; } = ModelMaps.Empty<string>();
}
