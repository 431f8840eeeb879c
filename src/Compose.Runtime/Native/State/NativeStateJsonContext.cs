using System.Text.Json.Serialization;

namespace Compose.Runtime.Native.State;

/// <summary>Source-generated (reflection-free) JSON for the state directory's records.</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(ContainerRecord))]
[JsonSerializable(typeof(ContainerStatusRecord))]
[JsonSerializable(typeof(NetworkRecord))]
[JsonSerializable(typeof(VolumeRecord))]
[JsonSerializable(typeof(ExecRecord))]
[JsonSerializable(typeof(EventRecord))]
[JsonSerializable(typeof(SupervisorRecord))]
internal sealed partial class NativeStateJsonContext : JsonSerializerContext;
