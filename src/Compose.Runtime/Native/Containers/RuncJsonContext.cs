using System.Text.Json.Serialization;

namespace Compose.Runtime.Native.Containers;

[JsonSerializable(typeof(RuncState))]
[JsonSerializable(typeof(ConmonSync))]
[JsonSerializable(typeof(List<int>))]
internal sealed partial class RuncJsonContext : JsonSerializerContext;
