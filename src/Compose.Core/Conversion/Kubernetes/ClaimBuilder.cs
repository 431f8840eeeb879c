using Compose.Model;
using k8s.Models;

namespace Compose.Conversion.Kubernetes;

/// <summary>
/// Named volumes as PersistentVolumeClaims of <see cref="KubernetesOptions.VolumeSize"/> on the cluster's default
/// storage class. External volumes are claims that must already exist, under their <c>name:</c>.
/// </summary>
public static class ClaimBuilder
{
    public static string ClaimName(ConversionContext context, string key, Volume volume)
    {
        var source = volume.External ? volume.Name : key;
        return KubernetesNames.Subdomain(source)
            ?? throw context.Refuse($"volumes.{key}", $"'{source}' cannot name a PersistentVolumeClaim (lower-case letters, digits, '-' and '.'); rename the volume to convert it.");
    }

    public static IEnumerable<V1PersistentVolumeClaim> Claims(ConversionContext context)
    {
        foreach (var (key, users) in VolumeUsage.Of(context))
        {
            var volume = context.Project.Volumes[key];
            WarnUnmapped(context, key, volume);
            if (volume.External || users.Any(u => VolumeUsage.TemplatedFor(context, u).Contains(key)))
            {
                continue;
            }

            yield return Claim(context, ClaimName(context, key, volume), VolumeUsage.AccessMode(context, users), KubernetesLabels.ForProject(context.Project.Name));
        }
    }

    /// <summary>A StatefulSet's per-replica claim for the volume (its pods are named, so each keeps its data).</summary>
    public static V1PersistentVolumeClaim Template(ConversionContext context, string key) =>
        Claim(context, ClaimName(context, key, context.Project.Volumes[key]), "ReadWriteOnce", null);

    private static V1PersistentVolumeClaim Claim(ConversionContext context, string name, string accessMode, IDictionary<string, string>? labels) => new()
    {
        ApiVersion = "v1",
        Kind = "PersistentVolumeClaim",
        Metadata = new V1ObjectMeta { Name = name, Labels = labels },
        Spec = new V1PersistentVolumeClaimSpec
        {
            AccessModes = [accessMode],
            Resources = new V1VolumeResourceRequirements { Requests = new Dictionary<string, ResourceQuantity> { ["storage"] = new(context.Options.VolumeSize) } },
        },
    };

    private static void WarnUnmapped(ConversionContext context, string key, Volume volume)
    {
        if (volume.Driver is { } driver && driver != "local")
        {
            context.Warn(WarningKinds.Volume, $"volumes.{key}.driver", $"the volume driver {driver} has no Kubernetes mapping; the claim uses the cluster's default storage class.");
        }

        if (!volume.DriverOpts.IsEmpty)
        {
            context.Warn(WarningKinds.Volume, $"volumes.{key}.driver_opts", "driver_opts have no Kubernetes mapping; the claim uses the cluster's default storage class.");
        }
    }
}
