using System.Collections.Immutable;

namespace Compose.Conversion.Kubernetes;

/// <summary>A service's workload kind and the services its pods run first as init containers, in order.</summary>
public sealed record WorkloadRole(WorkloadKind Kind, ImmutableArray<string> InitServices);
