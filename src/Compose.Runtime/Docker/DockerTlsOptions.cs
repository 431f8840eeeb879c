namespace Compose.Runtime.Docker;

/// <summary>
/// TLS for a <c>tcp://</c> engine: the client certificate the engine asks for and the CA its certificate must chain
/// to. Paths are absent when the files are not there; <see cref="Verify"/> false accepts any server certificate
/// (<c>DOCKER_TLS</c> without <c>DOCKER_TLS_VERIFY</c>, or a context with <c>SkipTLSVerify</c>).
/// </summary>
public sealed record DockerTlsOptions
{
    public string? CaCertificatePath { get; init; }
    public string? ClientCertificatePath { get; init; }
    public string? ClientKeyPath { get; init; }
    public bool Verify { get; init; } = true;

    /// <summary><c>ca.pem</c>, <c>cert.pem</c> and <c>key.pem</c> from a directory (the docker CLI's layout), each only when present.</summary>
    public static DockerTlsOptions FromDirectory(string directory, bool verify)
    {
        string? Existing(string name)
        {
            var path = Path.Combine(directory, name);
            return File.Exists(path) ? path : null;
        }

        return new DockerTlsOptions
        {
            CaCertificatePath = Existing("ca.pem"),
            ClientCertificatePath = Existing("cert.pem"),
            ClientKeyPath = Existing("key.pem"),
            Verify = verify,
        };
    }
}
