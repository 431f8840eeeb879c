namespace Compose.Runtime.Docker.Wire;

internal sealed class UlimitDto
{
    public string Name { get; set; } = "";
    public long Soft { get; set; }
    public long Hard { get; set; }
}
