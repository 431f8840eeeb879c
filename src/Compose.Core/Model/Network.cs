using System.Collections.Immutable;

namespace Compose.Model;

/// <summary>
/// A top-level network. <see cref="Name"/> is the engine name (e.g. <c>myproj_default</c>) once normalized; while
/// binding it holds an explicit <c>name:</c> or is empty.
/// </summary>
public sealed record Network
{
    public required string Name { get; init; }
    public string? Driver { get; init; }
    public ImmutableSortedDictionary<string, string> DriverOpts { get; init; } = ModelMaps.Empty<string>();
    public bool External { get; init; }
    public bool Internal { get; init; }
    public bool Attachable { get; init; }
    public bool? EnableIpv4 { get; init; }
    public bool? EnableIpv6 { get; init; }
    public NetworkIpam? Ipam { get; init; }
    public ImmutableSortedDictionary<string, string> Labels { get; init; } = ModelMaps.Empty<string>();
    public ImmutableSortedDictionary<string, object?> Extensions { get; init; } = ModelMaps.Empty<object?>();
}
