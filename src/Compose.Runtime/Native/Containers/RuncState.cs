using System.Text.Json.Serialization;

namespace Compose.Runtime.Native.Containers;

/// <summary>What <c>runc state</c> prints, the members used.</summary>
internal sealed record RuncState([property: JsonPropertyName("status")] string Status, [property: JsonPropertyName("pid")] int Pid);
