namespace Compose.Runtime;

/// <summary>Who we are talking to: <c>Docker Engine 20.10.24</c> or <c>Podman Engine 4.3.1</c>, and the negotiated API.</summary>
public sealed record EngineInfo(string Name, string Version, Version ApiVersion, string Os, string Architecture);
