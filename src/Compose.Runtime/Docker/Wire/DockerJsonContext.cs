using System.Text.Json.Serialization;

namespace Compose.Runtime.Docker.Wire;

/// <summary>Source-generated serializers for every wire type: no reflection at start-up.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ContainerSummaryDto[]))]
[JsonSerializable(typeof(ContainerCreateDto))]
[JsonSerializable(typeof(ContainerInspectDto))]
[JsonSerializable(typeof(NetworkDto))]
[JsonSerializable(typeof(NetworkDto[]))]
[JsonSerializable(typeof(IdResponseDto))]
[JsonSerializable(typeof(VolumeDto))]
[JsonSerializable(typeof(VolumeListDto))]
[JsonSerializable(typeof(ImageInspectDto))]
[JsonSerializable(typeof(NetworkConnectDto))]
[JsonSerializable(typeof(NetworkDisconnectDto))]
[JsonSerializable(typeof(WaitResponseDto))]
[JsonSerializable(typeof(ContainerSummaryDto))]
[JsonSerializable(typeof(VolumeDto[]))]
internal sealed partial class DockerJsonContext : JsonSerializerContext;
