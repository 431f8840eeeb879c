namespace Compose.Runtime.Docker.Wire;

internal sealed class RestartPolicyDto
{
    public string Name { get; set; } = "";
    public int? MaximumRetryCount { get; set; }
}
