namespace Compose.Runtime;

/// <summary>A container port and, when published, where it is reachable on the host.</summary>
public sealed record PublishedPort(int PrivatePort, string Protocol, string? HostIp, int? PublicPort);
