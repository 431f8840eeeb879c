using System.Collections.Immutable;

namespace Compose.Model;

/// <summary>
/// How to build a service's image (<c>build:</c>). The short form <c>build: ./dir</c> binds to
/// <see cref="Context"/>; <see cref="Context"/> is absolute unless it is a remote (git or URL) context.
/// </summary>
public sealed record ServiceBuild
{
    public required string Context { get; init; }

    /// <summary>Relative to <see cref="Context"/>; <c>Dockerfile</c> unless <see cref="DockerfileInline"/> is set.</summary>
    public string? Dockerfile { get; init; }

    public string? DockerfileInline { get; init; }
    public ImmutableSortedDictionary<string, string?> Args { get; init; } = ModelMaps.Empty<string?>();
    public ImmutableArray<string> Ssh { get; init; } = [];
    public ImmutableSortedDictionary<string, string> Labels { get; init; } = ModelMaps.Empty<string>();
    public ImmutableArray<string> CacheFrom { get; init; } = [];
    public ImmutableArray<string> CacheTo { get; init; } = [];
    public bool NoCache { get; init; }

    /// <summary>Name → path (made absolute) or a remote/typed reference such as <c>docker-image://x</c>.</summary>
    public ImmutableSortedDictionary<string, string> AdditionalContexts { get; init; } = ModelMaps.Empty<string>();

    public string? Network { get; init; }
    public string? Target { get; init; }
    public ImmutableArray<ServiceFileReference> Secrets { get; init; } = [];
    public ImmutableArray<string> Tags { get; init; } = [];
    public ImmutableSortedDictionary<string, Ulimit> Ulimits { get; init; } = ModelMaps.Empty<Ulimit>();
    public ImmutableArray<string> Platforms { get; init; } = [];
    public bool Privileged { get; init; }
    public bool Pull { get; init; }
    public ImmutableSortedDictionary<string, ImmutableArray<string>> ExtraHosts { get; init; } = ModelMaps.Empty<ImmutableArray<string>>();
    public string? Isolation { get; init; }

    /// <summary>Bytes.</summary>
    public long? ShmSize { get; init; }

    public ImmutableArray<string> Entitlements { get; init; } = [];

    /// <summary><c>true</c>, <c>false</c> or a buildx attestation spec such as <c>mode=max</c>.</summary>
    public string? Provenance { get; init; }

    public string? Sbom { get; init; }

    /// <summary>True when <see cref="Context"/> is a git repository or URL rather than a local directory.</summary>
    public bool IsRemote => Context.Contains("://", StringComparison.Ordinal) || Context.StartsWith("git@", StringComparison.Ordinal)
        || Context.StartsWith("github.com/", StringComparison.Ordinal);
}
