namespace Compose.Runtime.Docker.Wire;

/// <summary>The parts of the docker CLI's <c>config.json</c> we read.</summary>
internal sealed class DockerConfigDto
{
    public Dictionary<string, AuthEntryDto>? Auths { get; set; }
    public string? CredsStore { get; set; }
    public Dictionary<string, string>? CredHelpers { get; set; }
    public string? CurrentContext { get; set; }

    /// <summary>The detach keys of interactive sessions (<c>ctrl-p,ctrl-q</c> when unset).</summary>
    public string? DetachKeys { get; set; }
}
