namespace Compose.Runtime.Docker.Wire;

internal sealed class NetworkingConfigDto
{
    public Dictionary<string, EndpointSettingsDto>? EndpointsConfig { get; set; }
}
