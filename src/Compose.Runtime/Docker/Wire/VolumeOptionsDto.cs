namespace Compose.Runtime.Docker.Wire;

internal sealed class VolumeOptionsDto
{
    public bool NoCopy { get; set; }
    public Dictionary<string, string>? Labels { get; set; }

    /// <summary>API 1.45+.</summary>
    public string? Subpath { get; set; }
}
