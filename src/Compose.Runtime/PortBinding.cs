namespace Compose.Runtime;

/// <summary>Publishes a container port on the host. A null <see cref="HostPort"/> lets the engine pick one.</summary>
public sealed record PortBinding(int ContainerPort, string Protocol, string? HostIp, string? HostPort);
