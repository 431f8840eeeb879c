namespace Compose.Runtime.Docker.Wire;

/// <summary>One <c>HostConfig.Mounts</c> entry.</summary>
internal sealed class MountDto
{
    public string Type { get; set; } = "";
    public string? Source { get; set; }
    public string Target { get; set; } = "";
    public bool ReadOnly { get; set; }
    public string? Consistency { get; set; }
    public BindOptionsDto? BindOptions { get; set; }
    public VolumeOptionsDto? VolumeOptions { get; set; }
    public TmpfsOptionsDto? TmpfsOptions { get; set; }
    public ImageOptionsDto? ImageOptions { get; set; }
}
