using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Compose.IntegrationTests.Infrastructure;

/// <summary>
/// A throwaway CA with a server certificate for 127.0.0.1 and a client certificate, written as the docker CLI's
/// <c>ca.pem</c>/<c>cert.pem</c>/<c>key.pem</c> in <see cref="ClientDirectory"/>.
/// </summary>
public sealed class TestCertificates : IDisposable
{
    private TestCertificates(X509Certificate2 authority, X509Certificate2 server, X509Certificate2 client, string directory)
    {
        Authority = authority;
        Server = server;
        Client = client;
        ClientDirectory = directory;
    }

    public X509Certificate2 Authority { get; }
    public X509Certificate2 Server { get; }
    public X509Certificate2 Client { get; }

    /// <summary>What <c>DOCKER_CERT_PATH</c> points at.</summary>
    public string ClientDirectory { get; }

    public static TestCertificates Create()
    {
        using var authorityKey = RSA.Create(2048);
        var authorityRequest = new CertificateRequest("CN=composectl test CA", authorityKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        authorityRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        authorityRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        var now = DateTimeOffset.UtcNow;
        var authority = authorityRequest.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(1));

        var server = Issue(authority, now, "CN=127.0.0.1", "1.3.6.1.5.5.7.3.1", withAddress: true);
        var client = Issue(authority, now, "CN=composectl test client", "1.3.6.1.5.5.7.3.2", withAddress: false);
        var directory = TestTemp.Directory("composectl-certs-");
        File.WriteAllText(Path.Combine(directory, "ca.pem"), authority.ExportCertificatePem());
        File.WriteAllText(Path.Combine(directory, "cert.pem"), client.ExportCertificatePem());
        File.WriteAllText(Path.Combine(directory, "key.pem"), client.GetRSAPrivateKey()!.ExportPkcs8PrivateKeyPem());
        return new TestCertificates(authority, server, client, directory);
    }

    private static X509Certificate2 Issue(X509Certificate2 authority, DateTimeOffset now, string subject, string usage, bool withAddress)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid(usage)], false));
        if (withAddress)
        {
            var names = new SubjectAlternativeNameBuilder();
            names.AddIpAddress(IPAddress.Loopback);
            names.AddDnsName("localhost");
            request.CertificateExtensions.Add(names.Build());
        }

        using var issued = request.Create(authority, now.AddMinutes(-5), now.AddHours(12), RandomNumberGenerator.GetBytes(8));
        return issued.CopyWithPrivateKey(key);
    }

    public void Dispose()
    {
        Authority.Dispose();
        Server.Dispose();
        Client.Dispose();
        Directory.Delete(ClientDirectory, recursive: true);
    }
}
