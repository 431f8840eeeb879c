using System.Collections.Immutable;

namespace Compose.Runtime.Native.Images;

/// <summary>An image the native store holds: its id (the config's digest, <c>sha256:…</c>), names, config, and its unpacked layers bottom first.</summary>
public sealed record NativeImage
{
    public required string Id { get; init; }

    public ImmutableArray<string> RepoTags { get; init; } = [];

    public ImmutableArray<string> RepoDigests { get; init; } = [];

    public required NativeImageConfig Config { get; init; }

    /// <summary>Absolute paths of the unpacked layer directories, lowest first (overlayfs wants them top first).</summary>
    public ImmutableArray<string> LayerDirectories { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public long Size { get; init; }
}
