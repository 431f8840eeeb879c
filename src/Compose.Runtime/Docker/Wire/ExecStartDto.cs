namespace Compose.Runtime.Docker.Wire;

/// <summary>The body of <c>POST /exec/{id}/start</c>.</summary>
internal sealed class ExecStartDto
{
    public bool Detach { get; set; }
    public bool Tty { get; set; }
}
