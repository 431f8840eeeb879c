namespace Compose.Runtime.Docker.Wire;

internal sealed class ExecInspectDto
{
    public string ID { get; set; } = "";
    public bool Running { get; set; }
    public int? ExitCode { get; set; }
    public int Pid { get; set; }
}
