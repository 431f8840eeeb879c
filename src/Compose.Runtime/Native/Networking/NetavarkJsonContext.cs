using System.Text.Json.Serialization;

namespace Compose.Runtime.Native.Networking;

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(NetavarkOptions))]
[JsonSerializable(typeof(Dictionary<string, NetavarkStatus>))]
internal sealed partial class NetavarkJsonContext : JsonSerializerContext;
