using System.Collections.Immutable;

namespace Compose.Model;

/// <summary><c>volume:</c> options of a mount.</summary>
public sealed record MountVolumeOptions
{
    /// <summary>Do not copy the image's content at the target into a new volume.</summary>
    public bool NoCopy { get; init; }

    public string? Subpath { get; init; }
    public ImmutableSortedDictionary<string, string> Labels { get; init; } = ModelMaps.Empty<string>();
}
