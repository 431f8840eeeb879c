using System.Collections.Immutable;

namespace Compose.Conversion.Kubernetes;

/// <summary>
/// The recommended <c>app.kubernetes.io/*</c> labels: <c>name</c> is the service, <c>instance</c> the project (as a
/// Helm release is), so the selector of a service's pods is those two; every object also carries <c>part-of</c>
/// and <c>managed-by</c>. Network membership is a pod label the NetworkPolicies select on.
/// </summary>
public static class KubernetesLabels
{
    public const string Name = "app.kubernetes.io/name";
    public const string Instance = "app.kubernetes.io/instance";
    public const string PartOf = "app.kubernetes.io/part-of";
    public const string ManagedBy = "app.kubernetes.io/managed-by";
    public const string Manager = "composectl";

    /// <summary>The prefix of the pod labels that say which compose networks a pod is on.</summary>
    public const string NetworkPrefix = "com.docker.compose.network/";

    public static ImmutableSortedDictionary<string, string> Selector(string project, string service) =>
        ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create(Name, service), KeyValuePair.Create(Instance, project)]);

    public static ImmutableSortedDictionary<string, string> ForService(string project, string service) =>
        Selector(project, service).SetItems([KeyValuePair.Create(PartOf, project), KeyValuePair.Create(ManagedBy, Manager)]);

    public static ImmutableSortedDictionary<string, string> ForProject(string project) =>
        ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create(PartOf, project), KeyValuePair.Create(ManagedBy, Manager)]);

    public static string Network(string network) => NetworkPrefix + network;
}
