namespace Compose.Runtime.Docker.Wire;

internal sealed class TopDto
{
    public string[]? Titles { get; set; }
    public string[][]? Processes { get; set; }
}
