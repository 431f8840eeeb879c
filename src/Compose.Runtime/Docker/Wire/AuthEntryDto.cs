namespace Compose.Runtime.Docker.Wire;

/// <summary>One <c>auths</c> entry of <c>config.json</c>: <c>auth</c> is base64 <c>user:password</c>.</summary>
internal sealed class AuthEntryDto
{
    public string? Auth { get; set; }
    public string? Username { get; set; }
    public string? Password { get; set; }
    public string? IdentityToken { get; set; }
}
