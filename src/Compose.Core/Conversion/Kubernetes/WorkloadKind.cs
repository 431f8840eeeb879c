namespace Compose.Conversion.Kubernetes;

/// <summary>What a compose service becomes.</summary>
public enum WorkloadKind
{
    Deployment,
    StatefulSet,
    DaemonSet,
    Job,

    /// <summary>Others wait for it with <c>service_completed_successfully</c>: it runs as their init container.</summary>
    InitContainer,

    /// <summary>Nothing runs it (a <c>provider:</c> service).</summary>
    None,
}
