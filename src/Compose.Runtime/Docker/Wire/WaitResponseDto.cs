namespace Compose.Runtime.Docker.Wire;

internal sealed class WaitResponseDto
{
    public int StatusCode { get; set; }
    public WaitErrorDto? Error { get; set; }
}

internal sealed class WaitErrorDto
{
    public string? Message { get; set; }
}
