namespace Compose.Model;

/// <summary><c>deploy.resources:</c> limits (cgroup caps) and reservations (soft guarantees, device requests).</summary>
public sealed record DeployResources
{
    public ResourceLimits? Limits { get; init; }
    public ResourceLimits? Reservations { get; init; }
}
