using Compose.Model;

namespace Compose.Conversion.Kubernetes;

/// <summary>
/// <c>platform</c> and the <c>==</c> constraints of <c>deploy.placement</c> as the pod's nodeSelector: node labels as
/// they are, and the node's hostname, OS and architecture as Kubernetes' well-known labels. Other constraints
/// (<c>!=</c>, roles, engine labels), preferences and <c>max_replicas_per_node</c> have no nodeSelector form.
/// </summary>
public static class PlacementMapper
{
    public static Dictionary<string, string>? NodeSelector(ConversionContext context, Service service)
    {
        var selector = new Dictionary<string, string>(StringComparer.Ordinal);
        if (service.Platform is { } platform)
        {
            var parts = platform.Split('/');
            selector["kubernetes.io/os"] = parts[0];
            if (parts.Length > 1)
            {
                selector["kubernetes.io/arch"] = Architecture(parts[1]);
            }
        }

        var path = $"services.{service.Name}.deploy.placement";
        foreach (var constraint in service.Deploy?.Placement?.Constraints ?? [])
        {
            if (Label(constraint) is { } label && KubernetesNames.IsQualifiedKey(label.Key) && KubernetesNames.IsLabelValue(label.Value))
            {
                selector[label.Key] = label.Value;
            }
            else
            {
                context.Warn(WarningKinds.Placement, $"{path}.constraints", $"the constraint '{constraint}' has no nodeSelector form; write a nodeAffinity for it.");
            }
        }

        if (service.Deploy?.Placement is { } placement && (!placement.Preferences.IsEmpty || placement.MaxReplicasPerNode is not null))
        {
            context.Warn(WarningKinds.Placement, path, "placement preferences and max_replicas_per_node have no direct mapping; write topologySpreadConstraints for them.");
        }

        return selector.Count == 0 ? null : selector;
    }

    private static KeyValuePair<string, string>? Label(string constraint)
    {
        var at = constraint.IndexOf("==", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var (key, value) = (constraint[..at].Trim(), constraint[(at + 2)..].Trim());
        return key switch
        {
            "node.hostname" => KeyValuePair.Create("kubernetes.io/hostname", value),
            "node.platform.os" => KeyValuePair.Create("kubernetes.io/os", value),
            "node.platform.arch" => KeyValuePair.Create("kubernetes.io/arch", Architecture(value)),
            _ when key.StartsWith("node.labels.", StringComparison.Ordinal) => KeyValuePair.Create(key["node.labels.".Length..], value),
            _ => null,
        };
    }

    /// <summary>Swarm speaks the kernel's names (x86_64, aarch64); Kubernetes the Go names (amd64, arm64).</summary>
    private static string Architecture(string arch) => arch switch
    {
        "x86_64" => "amd64",
        "aarch64" => "arm64",
        _ => arch,
    };
}
