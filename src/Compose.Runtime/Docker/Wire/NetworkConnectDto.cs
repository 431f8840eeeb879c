namespace Compose.Runtime.Docker.Wire;

internal sealed class NetworkConnectDto
{
    public string Container { get; set; } = "";
    public EndpointSettingsDto? EndpointConfig { get; set; }
}
