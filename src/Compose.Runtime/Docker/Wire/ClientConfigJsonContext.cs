using System.Text.Json;
using System.Text.Json.Serialization;

namespace Compose.Runtime.Docker.Wire;

/// <summary>
/// Serializers for the docker CLI's own files and the auth header. Go decodes JSON keys case-insensitively and
/// writes auth payloads in lower case, so this context does the same (unlike <see cref="DockerJsonContext"/>).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNameCaseInsensitive = true,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(DockerConfigDto))]
[JsonSerializable(typeof(ContextMetaDto))]
[JsonSerializable(typeof(RegistryAuthDto))]
[JsonSerializable(typeof(Dictionary<string, RegistryAuthDto>))]
internal sealed partial class ClientConfigJsonContext : JsonSerializerContext;
