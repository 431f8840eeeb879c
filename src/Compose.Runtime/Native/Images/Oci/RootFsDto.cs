using System.Text.Json.Serialization;

namespace Compose.Runtime.Native.Images.Oci;

/// <summary>The digests of the uncompressed layers, bottom first: what unpacked layer directories are named by.</summary>
internal sealed class RootFsDto
{
    public string? Type { get; set; }

    [JsonPropertyName("diff_ids")]
    public List<string>? DiffIds { get; set; }
}
