namespace Compose.Runtime.Docker.Wire;

/// <summary>
/// What composectl reads of one entry of Podman's own <c>GET /libpod/containers/json</c>: its <c>Status</c> is the
/// health status (<c>healthy</c>, <c>unhealthy</c>, <c>starting</c>; empty without a health check), which Podman's
/// Docker-compatible list leaves out.
/// </summary>
internal sealed class PodmanContainerSummaryDto
{
    public string Id { get; set; } = "";
    public string? Status { get; set; }
}
