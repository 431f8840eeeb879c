using System.Collections.Immutable;

namespace Compose.Model;

/// <summary>One side of <c>deploy.resources</c>: CPUs (cores, fractional), memory (bytes), pids, devices.</summary>
public sealed record ResourceLimits
{
    public decimal? Cpus { get; init; }
    public long? Memory { get; init; }
    public long? Pids { get; init; }
    public ImmutableArray<DeviceRequest> Devices { get; init; } = [];
    public ImmutableArray<GenericResource> GenericResources { get; init; } = [];
}
