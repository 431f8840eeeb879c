namespace Compose.Runtime.Docker.Wire;

internal sealed class DeviceRequestDto
{
    public string? Driver { get; set; }
    public int? Count { get; set; }
    public string[]? DeviceIDs { get; set; }

    /// <summary>An OR of ANDs: each inner list is one set of capabilities that must all be present.</summary>
    public string[][]? Capabilities { get; set; }
    public Dictionary<string, string>? Options { get; set; }
}
