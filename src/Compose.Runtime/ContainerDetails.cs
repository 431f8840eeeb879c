using System.Collections.Immutable;

namespace Compose.Runtime;

/// <summary>A container as inspected: the listing plus state details only inspect gives.</summary>
public sealed record ContainerDetails
{
    public required ContainerInfo Summary { get; init; }
    public int? ExitCode { get; init; }
    public string? HealthStatus { get; init; }
    public DateTimeOffset? StartedAt { get; init; }
    public ImmutableArray<string> Environment { get; init; } = [];
    public ImmutableArray<string> Command { get; init; } = [];
}
