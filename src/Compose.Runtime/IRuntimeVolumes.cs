using System.Collections.Immutable;

namespace Compose.Runtime;

/// <summary>Named volumes.</summary>
public interface IRuntimeVolumes
{
    /// <summary>Creates a volume and returns its name.</summary>
    Task<string> CreateVolumeAsync(VolumeCreateSpec spec, CancellationToken cancellationToken);

    /// <summary>The volume, or null when it does not exist.</summary>
    Task<VolumeInfo?> InspectVolumeAsync(string name, CancellationToken cancellationToken);

    Task<ImmutableArray<VolumeInfo>> ListVolumesAsync(LabelFilter? filter, CancellationToken cancellationToken);

    Task RemoveVolumeAsync(string name, bool force, CancellationToken cancellationToken);
}
