using k8s.Models;

namespace Compose.Conversion.Kubernetes;

/// <summary>The volumes of one pod, shared by its containers (the service and its init services), each added once.</summary>
public sealed class PodVolumes
{
    private readonly List<V1Volume> _volumes = [];
    private readonly List<V1PersistentVolumeClaim> _claimTemplates = [];

    /// <summary>Named volumes that become per-replica claims of a StatefulSet instead of shared claims.</summary>
    public IReadOnlySet<string> TemplatedVolumes { get; init; } = new HashSet<string>();

    public IReadOnlyList<V1Volume> Volumes => _volumes;

    public IReadOnlyList<V1PersistentVolumeClaim> ClaimTemplates => _claimTemplates;

    /// <summary>Adds <paramref name="volume"/> unless one of its name is there already; returns its name.</summary>
    public string Add(V1Volume volume)
    {
        if (!_volumes.Any(v => v.Name == volume.Name))
        {
            _volumes.Add(volume);
        }

        return volume.Name;
    }

    public string AddClaimTemplate(V1PersistentVolumeClaim claim)
    {
        if (!_claimTemplates.Any(c => c.Metadata.Name == claim.Metadata.Name))
        {
            _claimTemplates.Add(claim);
        }

        return claim.Metadata.Name;
    }
}
