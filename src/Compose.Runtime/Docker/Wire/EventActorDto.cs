namespace Compose.Runtime.Docker.Wire;

internal sealed class EventActorDto
{
    public string? ID { get; set; }
    public Dictionary<string, string>? Attributes { get; set; }
}
