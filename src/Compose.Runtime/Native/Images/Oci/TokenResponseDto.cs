using System.Text.Json.Serialization;

namespace Compose.Runtime.Native.Images.Oci;

/// <summary>A registry token server's answer (docker's token spec: <c>token</c>, or OAuth's <c>access_token</c>).</summary>
internal sealed class TokenResponseDto
{
    [JsonPropertyName("token")] public string? Token { get; set; }
    [JsonPropertyName("access_token")] public string? AccessToken { get; set; }
    [JsonPropertyName("expires_in")] public int? ExpiresIn { get; set; }
}
