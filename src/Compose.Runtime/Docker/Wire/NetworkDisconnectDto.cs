namespace Compose.Runtime.Docker.Wire;

internal sealed class NetworkDisconnectDto
{
    public string Container { get; set; } = "";
    public bool Force { get; set; }
}
