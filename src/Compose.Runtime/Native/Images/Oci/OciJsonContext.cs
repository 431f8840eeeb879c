using System.Text.Json.Serialization;

namespace Compose.Runtime.Native.Images.Oci;

/// <summary>Source-generated serializers for the image formats: camelCase as OCI writes it, read case-insensitively.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = false)]
[JsonSerializable(typeof(IndexDto))]
[JsonSerializable(typeof(ManifestDto))]
[JsonSerializable(typeof(ImageConfigFileDto))]
[JsonSerializable(typeof(List<SaveManifestEntryDto>))]
[JsonSerializable(typeof(TokenResponseDto))]
[JsonSerializable(typeof(RegistryErrorsDto))]
[JsonSerializable(typeof(string))]
internal sealed partial class OciJsonContext : JsonSerializerContext;
