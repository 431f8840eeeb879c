namespace Compose.Conversion.Kubernetes;

/// <summary>The choices <c>convert --to kubernetes</c> leaves to the user.</summary>
public sealed record KubernetesOptions
{
    /// <summary>Services that mount named volumes become StatefulSets, each replica with its own claim.</summary>
    public bool StatefulSets { get; init; }

    /// <summary>The Service type of services that publish ports: <c>ClusterIP</c>, <c>NodePort</c> or <c>LoadBalancer</c>.</summary>
    public string PublishedServiceType { get; init; } = "ClusterIP";

    /// <summary>The storage each PersistentVolumeClaim requests (compose volumes have no size).</summary>
    public string VolumeSize { get; init; } = "1Gi";

    public static IReadOnlyList<string> ServiceTypes { get; } = ["ClusterIP", "NodePort", "LoadBalancer"];
}
