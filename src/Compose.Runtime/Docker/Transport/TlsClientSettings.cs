using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Compose.Runtime.Errors;

namespace Compose.Runtime.Docker.Transport;

/// <summary>
/// The TLS side of a tcp endpoint, loaded once: the client certificate (<c>cert.pem</c> + <c>key.pem</c>) and
/// a server check against <c>ca.pem</c> alone (not the system store), as the docker CLI does.
/// </summary>
internal sealed class TlsClientSettings : IDisposable
{
    private readonly X509Certificate2? _clientCertificate;
    private readonly X509Certificate2? _authority;
    private readonly bool _verify;
    private readonly string _host;

    public TlsClientSettings(DockerTlsOptions options, string host)
    {
        _verify = options.Verify;
        _host = host;
        try
        {
            if (options.ClientCertificatePath is { } cert && options.ClientKeyPath is { } key)
            {
                _clientCertificate = X509Certificate2.CreateFromPemFile(cert, key);
            }

            if (options.CaCertificatePath is { } ca)
            {
                _authority = X509CertificateLoader.LoadCertificateFromFile(ca);
            }
        }
        catch (Exception e) when (e is CryptographicException or IOException)
        {
            throw new EngineConfigurationException(
                $"the TLS files for {host} cannot be loaded ({e.Message}); check DOCKER_CERT_PATH (ca.pem, cert.pem, key.pem).", e);
        }
    }

    public SslClientAuthenticationOptions ClientOptions() => new()
    {
        TargetHost = _host,
        ClientCertificates = _clientCertificate is null ? null : [_clientCertificate],
        RemoteCertificateValidationCallback = Validate,
        CertificateRevocationCheckMode = X509RevocationMode.NoCheck,
    };

    private bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (!_verify)
        {
            return true;
        }

        if (certificate is null || errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch) || errors.HasFlag(SslPolicyErrors.RemoteCertificateNotAvailable))
        {
            return false;
        }

        if (_authority is null)
        {
            return errors == SslPolicyErrors.None;
        }

        using var custom = new X509Chain();
        custom.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        custom.ChainPolicy.CustomTrustStore.Add(_authority);
        custom.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        using var server = new X509Certificate2(certificate);
        return custom.Build(server);
    }

    public void Dispose()
    {
        _clientCertificate?.Dispose();
        _authority?.Dispose();
    }
}
