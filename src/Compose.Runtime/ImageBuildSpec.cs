using System.Collections.Immutable;

namespace Compose.Runtime;

/// <summary>How to build an image from a context tar stream.</summary>
public sealed record ImageBuildSpec
{
    public ImmutableArray<string> Tags { get; init; } = [];

    /// <summary>The Dockerfile's path inside the context.</summary>
    public string Dockerfile { get; init; } = "Dockerfile";

    public ImmutableSortedDictionary<string, string> BuildArgs { get; init; } = ImmutableSortedDictionary<string, string>.Empty;
    public string? Target { get; init; }
    public ImmutableSortedDictionary<string, string> Labels { get; init; } = ImmutableSortedDictionary<string, string>.Empty;
    public bool NoCache { get; init; }

    /// <summary>Always try to pull newer base images.</summary>
    public bool Pull { get; init; }
    public string? NetworkMode { get; init; }
    public ImmutableArray<string> ExtraHosts { get; init; } = [];
    public long? ShmSize { get; init; }
    public ImmutableArray<string> CacheFrom { get; init; } = [];
    public string? Platform { get; init; }

    /// <summary>
    /// A git repository or tarball URL the engine fetches itself as the context (<c>remote=</c>); the context stream
    /// is then ignored. The engine needs network access to it.
    /// </summary>
    public string? RemoteContext { get; init; }
}
