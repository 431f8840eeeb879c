using System.Text.Json.Serialization;

namespace Compose.Runtime.Native.Images.Oci;

/// <summary>One image of a <c>docker save</c> archive's <c>manifest.json</c>: paths inside the archive, and the names.</summary>
internal sealed class SaveManifestEntryDto
{
    [JsonPropertyName("Config")] public string? Config { get; set; }
    [JsonPropertyName("RepoTags")] public List<string>? RepoTags { get; set; }
    [JsonPropertyName("Layers")] public List<string>? Layers { get; set; }
}
