using System.Text;
using Compose.Model;
using k8s.Models;

namespace Compose.Conversion.Kubernetes;

/// <summary>
/// Compose <c>secrets:</c> as Secrets and <c>configs:</c> as ConfigMaps, one object per top-level entry a service uses,
/// with one key; each use mounts that key as a read-only file at its target (<c>/run/secrets/NAME</c> and
/// <c>/NAME</c> by default), with its <c>mode</c>. External entries are objects that must already exist, under their name.
/// </summary>
public static class FileObjectMapper
{
    private const string SecretsSection = "secrets";
    private const string ConfigsSection = "configs";

    public static IEnumerable<V1Secret> Secrets(ConversionContext context) =>
        context.Files.Secrets.Select(s => new V1Secret
        {
            ApiVersion = "v1",
            Kind = "Secret",
            Metadata = new V1ObjectMeta { Name = ObjectName(context, SecretsSection, s.Key), Labels = KubernetesLabels.ForProject(context.Project.Name) },
            Type = "Opaque",
            Data = new Dictionary<string, byte[]> { [DataKey(s.Key)] = s.Value },
        });

    public static IEnumerable<V1ConfigMap> ConfigMaps(ConversionContext context) =>
        context.Files.Configs.Select(c =>
        {
            var text = Utf8(c.Value);
            return new V1ConfigMap
            {
                ApiVersion = "v1",
                Kind = "ConfigMap",
                Metadata = new V1ObjectMeta { Name = ObjectName(context, ConfigsSection, c.Key), Labels = KubernetesLabels.ForProject(context.Project.Name) },
                Data = text is null ? null : new Dictionary<string, string> { [DataKey(c.Key)] = text },
                BinaryData = text is null ? new Dictionary<string, byte[]> { [DataKey(c.Key)] = c.Value } : null,
            };
        });

    public static IEnumerable<V1VolumeMount> Mounts(ConversionContext context, Service service, PodVolumes volumes) =>
    [
        .. Uses(context, service, SecretsSection, service.Secrets, context.Project.Secrets, volumes),
        .. Uses(context, service, ConfigsSection, service.Configs, context.Project.Configs, volumes),
    ];

    private static IEnumerable<V1VolumeMount> Uses(ConversionContext context, Service service, string section,
        IReadOnlyList<ServiceFileReference> uses, IReadOnlyDictionary<string, FileObject> declared, PodVolumes volumes)
    {
        for (var i = 0; i < uses.Count; i++)
        {
            var use = uses[i];
            var path = $"services.{service.Name}.{section}[{i}]";
            if (!declared.TryGetValue(use.Source, out var definition))
            {
                continue; // The loader's consistency check refuses this unless --no-consistency.
            }

            if (use.Uid is not null || use.Gid is not null)
            {
                context.Warn(WarningKinds.FileOwner, path, "uid and gid have no mapping: Kubernetes mounts the file owned by root; set the pod's fsGroup if the process needs group access.");
            }

            var key = DataKey(use.Source);
            var volumeName = KubernetesNames.VolumeName(section == SecretsSection ? "secret" : "config", use.Mode is { } m ? $"{use.Source}-{Convert.ToString(m, 8)}" : use.Source);
            var items = new List<V1KeyToPath> { new() { Key = key, Path = key, Mode = use.Mode } };
            var objectName = definition.External ? ExternalName(context, section, use.Source, definition) : ObjectName(context, section, use.Source);
            volumes.Add(section == SecretsSection
                ? new V1Volume { Name = volumeName, Secret = new V1SecretVolumeSource { SecretName = objectName, Items = items } }
                : new V1Volume { Name = volumeName, ConfigMap = new V1ConfigMapVolumeSource { Name = objectName, Items = items } });
            yield return new V1VolumeMount { Name = volumeName, MountPath = Target(section, use), SubPath = key, ReadOnlyProperty = true };
        }
    }

    /// <summary>Where compose puts the file: the target (relative ones under the default directory), else the default path.</summary>
    private static string Target(string section, ServiceFileReference use)
    {
        var directory = section == SecretsSection ? "/run/secrets/" : "/";
        return use.Target switch
        {
            null or "" => directory + use.Source,
            var target when target.StartsWith('/') => target,
            var target => directory + target,
        };
    }

    private static string ObjectName(ConversionContext context, string section, string key) =>
        KubernetesNames.Subdomain(key)
        ?? throw context.Refuse($"{section}.{key}", $"'{key}' cannot name a Kubernetes object (lower-case letters, digits, '-' and '.'); rename it to convert the project.");

    private static string ExternalName(ConversionContext context, string section, string key, FileObject definition) =>
        KubernetesNames.Subdomain(definition.Name ?? key)
        ?? throw context.Refuse($"{section}.{key}", $"the external name '{definition.Name ?? key}' cannot name a Kubernetes object.");

    /// <summary>The one key of the object: the compose name where Kubernetes accepts it as a key.</summary>
    public static string DataKey(string name) => KubernetesNames.IsDataKey(name) ? name : new string([.. name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-')]);

    private static string? Utf8(byte[] content)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
