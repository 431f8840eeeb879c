using System.Collections.Immutable;

namespace Compose.Runtime.Native.Images;

/// <summary>The parts of an OCI image config (<c>config</c> object) a container is made from; null or empty = not set by the image.</summary>
public sealed record NativeImageConfig
{
    public ImmutableArray<string> Entrypoint { get; init; } = [];

    public ImmutableArray<string> Cmd { get; init; } = [];

    /// <summary><c>KEY=VALUE</c> entries.</summary>
    public ImmutableArray<string> Env { get; init; } = [];

    public string? WorkingDir { get; init; }

    public string? User { get; init; }

    public string? StopSignal { get; init; }

    public ImmutableSortedDictionary<string, string> Labels { get; init; } = ImmutableSortedDictionary<string, string>.Empty;

    /// <summary>As <c>80/tcp</c>.</summary>
    public ImmutableArray<string> ExposedPorts { get; init; } = [];

    /// <summary>Paths the image declares as volumes (each container gets an anonymous volume there).</summary>
    public ImmutableArray<string> Volumes { get; init; } = [];

    /// <summary>The image's own health check, in the engine's form (<c>CMD</c>, <c>CMD-SHELL</c>, <c>NONE</c>).</summary>
    public HealthCheckSpec? Healthcheck { get; init; }

    public string Os { get; init; } = "linux";

    public string Architecture { get; init; } = "amd64";
}
