using System.Collections.Immutable;

namespace Compose.Model;

/// <summary><c>blkio_config:</c> block IO weight and per-device limits.</summary>
public sealed record BlkioConfig
{
    public int? Weight { get; init; }
    public ImmutableArray<BlkioWeightDevice> WeightDevice { get; init; } = [];
    public ImmutableArray<BlkioRate> DeviceReadBps { get; init; } = [];
    public ImmutableArray<BlkioRate> DeviceReadIops { get; init; } = [];
    public ImmutableArray<BlkioRate> DeviceWriteBps { get; init; } = [];
    public ImmutableArray<BlkioRate> DeviceWriteIops { get; init; } = [];
}
