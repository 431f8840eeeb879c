using System.Collections.Immutable;

namespace Compose.Runtime;

/// <summary>Everything needed to create one container, independent of the engine's wire format.</summary>
public sealed record ContainerCreateSpec
{
    public required string Name { get; init; }
    public required string Image { get; init; }

    /// <summary>null = the image's default; empty = explicitly no arguments.</summary>
    public ImmutableArray<string>? Command { get; init; }

    public ImmutableArray<string>? Entrypoint { get; init; }

    /// <summary><c>KEY=VALUE</c> entries, or a bare <c>KEY</c> to unset an image default.</summary>
    public ImmutableArray<string> Environment { get; init; } = [];

    public ImmutableSortedDictionary<string, string> Labels { get; init; } = ImmutableSortedDictionary<string, string>.Empty;

    public ImmutableArray<PortBinding> Ports { get; init; } = [];

    /// <summary>Ports exposed without publishing, as <c>80/tcp</c>.</summary>
    public ImmutableArray<string> ExposedPorts { get; init; } = [];

    /// <summary>Networks to join; the first is the primary (network mode).</summary>
    public ImmutableArray<NetworkAttachment> Networks { get; init; } = [];

    public string? WorkingDirectory { get; init; }
    public string? User { get; init; }
    public string? Hostname { get; init; }
    public bool Tty { get; init; }
    public bool OpenStdin { get; init; }
    public string? RestartPolicy { get; init; }
    public string? StopSignal { get; init; }
    public bool? Init { get; init; }
    public TimeSpan? StopTimeout { get; init; }
}
