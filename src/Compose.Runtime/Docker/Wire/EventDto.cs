using System.Text.Json.Serialization;

namespace Compose.Runtime.Docker.Wire;

/// <summary>One message of <c>GET /events</c>.</summary>
internal sealed class EventDto
{
    public string? Type { get; set; }
    public string? Action { get; set; }
    public EventActorDto? Actor { get; set; }

    /// <summary>The legacy form of <see cref="Action"/> some engines still send alone.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    [JsonPropertyName("time")]
    public long Time { get; set; }

    [JsonPropertyName("timeNano")]
    public long TimeNano { get; set; }
}
