namespace Compose.Runtime.Docker.Wire;

/// <summary>The body of <c>POST /containers/{id}/exec</c>.</summary>
internal sealed class ExecCreateDto
{
    public bool AttachStdin { get; set; }
    public bool AttachStdout { get; set; }
    public bool AttachStderr { get; set; }
    public string? DetachKeys { get; set; }
    public bool Tty { get; set; }
    public string[]? Env { get; set; }
    public string[] Cmd { get; set; } = [];
    public bool Privileged { get; set; }
    public string? User { get; set; }
    public string? WorkingDir { get; set; }
}
