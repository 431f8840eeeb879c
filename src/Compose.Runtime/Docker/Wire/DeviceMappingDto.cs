namespace Compose.Runtime.Docker.Wire;

internal sealed class DeviceMappingDto
{
    public string PathOnHost { get; set; } = "";
    public string PathInContainer { get; set; } = "";
    public string CgroupPermissions { get; set; } = "";
}
