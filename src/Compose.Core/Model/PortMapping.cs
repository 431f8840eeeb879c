namespace Compose.Model;

/// <summary>
/// One published or exposed port in long syntax. <see cref="Published"/> is a string because it may be
/// a range (<c>8000-8010</c>) or empty (engine picks).
/// </summary>
public sealed record PortMapping
{
    public required int Target { get; init; }
    public string? Published { get; init; }
    public string? HostIp { get; init; }
    public string Protocol { get; init; } = "tcp";
    public string Mode { get; init; } = "ingress";
    public string? Name { get; init; }
    public string? AppProtocol { get; init; }
}
