namespace Compose.Runtime.Docker.Wire;

internal sealed class TmpfsOptionsDto
{
    public long? SizeBytes { get; set; }
    public int? Mode { get; set; }
}
