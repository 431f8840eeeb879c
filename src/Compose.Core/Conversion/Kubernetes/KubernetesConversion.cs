using System.Collections.Immutable;
using k8s;

namespace Compose.Conversion.Kubernetes;

/// <summary>The manifests of one project, in apply order (configuration and storage before the workloads), and the warnings.</summary>
public sealed record KubernetesConversion(ImmutableArray<IKubernetesObject> Objects, ImmutableArray<ConversionWarning> Warnings);
