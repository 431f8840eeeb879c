namespace Compose.Runtime.Docker.Wire;

internal sealed class VolumeDto
{
    public string Name { get; set; } = "";
    public string? Driver { get; set; }
    public string? Mountpoint { get; set; }
    public Dictionary<string, string>? Labels { get; set; }
    public Dictionary<string, string>? Options { get; set; }

    /// <summary>Only in create requests.</summary>
    public Dictionary<string, string>? DriverOpts { get; set; }
}

internal sealed class VolumeListDto
{
    public VolumeDto[]? Volumes { get; set; }
}
