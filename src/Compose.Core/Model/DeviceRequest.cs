using System.Collections.Immutable;

namespace Compose.Model;

/// <summary>A device reservation (<c>deploy.resources.reservations.devices</c>, <c>gpus</c>). <see cref="Count"/> -1 means all.</summary>
public sealed record DeviceRequest
{
    public ImmutableArray<string> Capabilities { get; init; } = [];
    public string? Driver { get; init; }
    public long? Count { get; init; }
    public ImmutableArray<string> DeviceIds { get; init; } = [];
    public ImmutableSortedDictionary<string, string> Options { get; init; } = ModelMaps.Empty<string>();
}
