using System.Text.Json.Serialization;

namespace Compose.Runtime.Native.Containers;

/// <summary>conmon's answer on the sync pipe: the container's pid, or -1 and why not.</summary>
internal sealed record ConmonSync([property: JsonPropertyName("data")] int Data, [property: JsonPropertyName("message")] string? Message);
