using System.Security.Cryptography;
using System.Text;
using Compose.IntegrationTests.Infrastructure;
using Compose.Runtime;
using Compose.Runtime.Docker;
using Compose.Runtime.Errors;

namespace Compose.IntegrationTests.Runtime;

/// <summary>The same engine reached through every transport the driver supports: unix, tcp, TLS with client certificates, a context.</summary>
public sealed class EngineEndpointTests() : RuntimeTestBase("endpoint")
{
    private readonly string _config = TestTemp.Directory("composectl-endpoint-");

    [DockerFact]
    public async Task Engine_info_names_the_engine_and_the_negotiated_api()
    {
        var info = await Runtime.GetEngineInfoAsync(Timeout());

        info.Name.Should().BeOneOf("Docker Engine", "Podman Engine");
        info.Version.Should().NotBeEmpty();
        info.ApiVersion.Should().BeGreaterThanOrEqualTo(new Version(1, 41)).And.Be(Runtime.ApiVersion);
        info.Os.Should().Be("linux");
        info.Architecture.Should().NotBeEmpty();
    }

    [DockerFact]
    public async Task Plain_tcp_carries_requests_and_hijacked_exec_sessions()
    {
        await using var proxy = new EngineProxy(EngineSocket(), tls: null);
        await using var runtime = new DockerRuntime(DockerClientOptions.FromEnvironment(Env(("DOCKER_HOST", proxy.Host))));

        (await ExecEchoAsync(runtime)).Should().Be("HELLO OVER THE WIRE\n");
    }

    [DockerFact]
    public async Task Tls_with_verification_presents_the_client_certificate_and_trusts_only_the_given_ca()
    {
        using var certificates = TestCertificates.Create();
        await using var proxy = new EngineProxy(EngineSocket(), certificates);
        await using var runtime = new DockerRuntime(DockerClientOptions.FromEnvironment(Env(
            ("DOCKER_HOST", proxy.Host), ("DOCKER_TLS_VERIFY", "1"), ("DOCKER_CERT_PATH", certificates.ClientDirectory))));

        (await ExecEchoAsync(runtime)).Should().Be("HELLO OVER THE WIRE\n", "stdin EOF travels as TLS close_notify");
        proxy.ClientCertificates.Should().NotBeEmpty().And.OnlyContain(t => t == certificates.Client.Thumbprint);
    }

    [DockerFact]
    public async Task An_engine_certificate_from_another_ca_fails_the_handshake_with_a_clear_error()
    {
        using var certificates = TestCertificates.Create();
        using var stranger = TestCertificates.Create();
        await using var proxy = new EngineProxy(EngineSocket(), certificates);
        await using var runtime = new DockerRuntime(DockerClientOptions.FromEnvironment(Env(
            ("DOCKER_HOST", proxy.Host), ("DOCKER_TLS_VERIFY", "1"), ("DOCKER_CERT_PATH", stranger.ClientDirectory))));

        var act = () => runtime.GetEngineInfoAsync(Timeout());

        (await act.Should().ThrowAsync<RuntimeUnavailableException>()).Which.Message.Should()
            .Contain($"{proxy.Host} (DOCKER_HOST)").And.Contain("TLS handshake failed").And.Contain("ca.pem");
    }

    [DockerFact]
    public async Task The_current_docker_context_points_the_driver_at_its_endpoint()
    {
        await using var proxy = new EngineProxy(EngineSocket(), tls: null);
        var id = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("via-proxy")));
        Directory.CreateDirectory(Path.Combine(_config, "contexts", "meta", id));
        await File.WriteAllTextAsync(Path.Combine(_config, "contexts", "meta", id, "meta.json"), $"{{\"Name\":\"via-proxy\",\"Endpoints\":{{\"docker\":{{\"Host\":\"{proxy.Host}\"}}}}}}");
        await File.WriteAllTextAsync(Path.Combine(_config, "config.json"), "{\"currentContext\":\"via-proxy\"}");
        await using var runtime = new DockerRuntime(DockerClientOptions.FromEnvironment(Env(("DOCKER_CONFIG", _config))));

        var viaContext = await runtime.GetEngineInfoAsync(Timeout());
        var direct = await Runtime.GetEngineInfoAsync(Timeout());

        runtime.Endpoint.Describe().Should().Be($"{proxy.Host} (Docker context 'via-proxy' from config.json)");
        viaContext.Should().Be(direct);
    }

    private async Task<string> ExecEchoAsync(DockerRuntime runtime)
    {
        var container = await runtime.CreateContainerAsync(Busybox("wire", "sleep", "300"), Timeout());
        await runtime.StartContainerAsync(container, Timeout());
        var exec = await runtime.CreateExecAsync(container, new ExecSpec { Command = ["tr", "a-z", "A-Z"], AttachStdin = true }, Timeout());
        await using var connection = await runtime.StartExecAsync(exec, tty: false, Timeout());
        await connection.WriteInputAsync("hello over the wire\n"u8.ToArray(), Timeout());
        await connection.CloseInputAsync(Timeout());
        var output = new StringBuilder();
        await foreach (var chunk in connection.ReadOutputAsync(Timeout()))
        {
            output.Append(Encoding.UTF8.GetString(chunk.Data.Span));
        }

        return output.ToString();
    }

    private string EngineSocket() => Runtime.Endpoint.SocketPath ?? throw new InvalidOperationException("these tests proxy a unix-socket engine");

    private static Dictionary<string, string> Env(params (string Key, string Value)[] values) =>
        values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_config, recursive: true);
    }
}
