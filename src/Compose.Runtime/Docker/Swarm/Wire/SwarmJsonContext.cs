using System.Text.Json.Serialization;

namespace Compose.Runtime.Docker.Swarm.Wire;

/// <summary>Source-generated serializers for the Swarm API's wire types.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SwarmInfoDto))]
[JsonSerializable(typeof(NodeDto[]))]
[JsonSerializable(typeof(ServiceDto))]
[JsonSerializable(typeof(ServiceDto[]))]
[JsonSerializable(typeof(ServiceSpecDto))]
[JsonSerializable(typeof(ServiceWriteResponseDto))]
[JsonSerializable(typeof(TaskDto[]))]
[JsonSerializable(typeof(SwarmObjectDto[]))]
[JsonSerializable(typeof(SwarmObjectSpecDto))]
[JsonSerializable(typeof(IdDto))]
[JsonSerializable(typeof(SwarmNetworkDto[]))]
[JsonSerializable(typeof(DistributionDto))]
internal sealed partial class SwarmJsonContext : JsonSerializerContext;
