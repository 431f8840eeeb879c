namespace Compose.Runtime.Docker.Wire;

internal sealed class BindOptionsDto
{
    public string? Propagation { get; set; }

    /// <summary>API 1.42+: create the host path when missing.</summary>
    public bool? CreateMountpoint { get; set; }
}
