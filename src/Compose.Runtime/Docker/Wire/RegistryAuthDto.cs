namespace Compose.Runtime.Docker.Wire;

/// <summary>The engine's <c>X-Registry-Auth</c> payload (base64url JSON).</summary>
internal sealed class RegistryAuthDto
{
    public string? Username { get; set; }
    public string? Password { get; set; }
    public string? ServerAddress { get; set; }
    public string? IdentityToken { get; set; }
}
