namespace Compose.Model;

/// <summary><c>credential_spec:</c> for Windows managed service accounts.</summary>
public sealed record CredentialSpec
{
    public string? Config { get; init; }
    public string? File { get; init; }
    public string? Registry { get; init; }
}
