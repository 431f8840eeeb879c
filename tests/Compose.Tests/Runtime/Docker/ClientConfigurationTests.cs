using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Compose.Runtime.Docker;
using Compose.Runtime.Docker.Configuration;
using Compose.Runtime.Errors;

namespace Compose.Tests.Runtime.Docker;

/// <summary>Endpoint, context and credential resolution from an explicit environment and a temporary config directory.</summary>
public sealed class ClientConfigurationTests : IDisposable
{
    private readonly string _config = TestTemp.Directory("composectl-config-");

    [Fact]
    public void Without_settings_the_default_socket_is_used_and_says_so()
    {
        var options = DockerClientOptions.FromEnvironment(Env(("HOME", "/nonexistent-home")));

        options.Endpoint.SocketPath.Should().Be("/var/run/docker.sock");
        options.Endpoint.Describe().Should().StartWith("unix:///var/run/docker.sock (the default socket");
        options.ConfigDirectory.Should().Be("/nonexistent-home/.docker");
    }

    [Fact]
    public void Docker_host_wins_over_the_context_and_tls_settings_come_from_the_cert_path()
    {
        WriteConfig("{\"currentContext\": \"remote\"}");

        var options = DockerClientOptions.FromEnvironment(Env(
            ("DOCKER_CONFIG", _config), ("DOCKER_HOST", "tcp://engine.example:2376"), ("DOCKER_TLS_VERIFY", "1"), ("DOCKER_CERT_PATH", "/certs")));

        options.Endpoint.TcpAddress.Should().Be(new Uri("http://engine.example:2376"));
        options.Endpoint.Tls.Should().Be(new DockerTlsOptions { Verify = true });
        options.Endpoint.Describe().Should().Be("tcp://engine.example:2376 (DOCKER_HOST)");
        DockerEndpoint.Parse("tcp://engine.example", new DockerTlsOptions()).TcpAddress!.Port.Should().Be(2376);
        DockerEndpoint.Parse("tcp://engine.example").TcpAddress!.Port.Should().Be(2375);
    }

    [Fact]
    public void The_current_context_of_config_json_names_the_endpoint_and_its_tls_files()
    {
        WriteConfig("{\"currentContext\": \"remote\"}");
        var id = WriteContext("remote", "tcp://10.1.2.3:2376", skipTlsVerify: false);
        var tls = Directory.CreateDirectory(Path.Combine(_config, "contexts", "tls", id, "docker")).FullName;
        File.WriteAllText(Path.Combine(tls, "ca.pem"), "");

        var options = DockerClientOptions.FromEnvironment(Env(("DOCKER_CONFIG", _config)));

        options.Endpoint.TcpAddress.Should().Be(new Uri("http://10.1.2.3:2376"));
        options.Endpoint.Tls!.CaCertificatePath.Should().Be(Path.Combine(tls, "ca.pem"));
        options.Endpoint.Tls.ClientCertificatePath.Should().BeNull();
        options.Endpoint.Source.Should().Be("Docker context 'remote' from config.json");
    }

    [Fact]
    public void Docker_context_overrides_config_json_and_an_unknown_one_is_a_configuration_error()
    {
        WriteConfig("{\"currentContext\": \"remote\"}");
        WriteContext("local", "unix:///run/other.sock", skipTlsVerify: false);

        var chosen = DockerClientOptions.FromEnvironment(Env(("DOCKER_CONFIG", _config), ("DOCKER_CONTEXT", "local")));
        var unknown = () => DockerClientOptions.FromEnvironment(Env(("DOCKER_CONFIG", _config), ("DOCKER_CONTEXT", "nope")));
        var defaultContext = DockerClientOptions.FromEnvironment(Env(("DOCKER_CONFIG", _config), ("DOCKER_CONTEXT", "default")));

        chosen.Endpoint.SocketPath.Should().Be("/run/other.sock");
        unknown.Should().Throw<EngineConfigurationException>().Which.Message.Should().Contain("Docker context 'nope' does not exist").And.Contain("fix DOCKER_CONTEXT");
        defaultContext.Endpoint.SocketPath.Should().Be("/var/run/docker.sock");
    }

    [Fact]
    public void Malformed_hosts_and_config_files_are_configuration_errors_naming_what_to_fix()
    {
        WriteConfig("{ not json");

        var badConfig = () => DockerClientOptions.FromEnvironment(Env(("DOCKER_CONFIG", _config)));
        var badHost = () => DockerEndpoint.Parse("ssh://me@server");

        badConfig.Should().Throw<EngineConfigurationException>().Which.Message.Should().Contain(Path.Combine(_config, "config.json"));
        badHost.Should().Throw<EngineConfigurationException>().Which.Message.Should().Contain("forward the remote socket");
    }

    [Theory]
    [InlineData("tcp://[::1")]
    [InlineData("tcp://host:port")]
    [InlineData("tcp://:2375")]
    public void A_docker_host_that_is_no_address_is_a_configuration_error_not_a_crash(string host)
    {
        var parse = () => DockerEndpoint.Parse(host);

        parse.Should().Throw<EngineConfigurationException>().Which.Message.Should()
            .Be($"configure engine: docker host '{host}' is not a valid address: use tcp://host:port, with an IPv6 address in brackets (tcp://[::1]:2375).");
        DockerEndpoint.Parse("tcp://[::1]:2375").TcpAddress!.Port.Should().Be(2375);
    }

    [Fact]
    public async Task Credentials_are_found_by_registry_host_whatever_form_the_key_has()
    {
        WriteConfig("""
            {"auths": {
              "https://index.docker.io/v1/": {"auth": "aHViOmh1YnB3"},
              "http://127.0.0.1:5000/v2/": {"auth": "dXNlcjpwYTpzcw=="},
              "ghcr.io": {"identitytoken": "tok"}
            }}
            """);
        var credentials = new RegistryCredentials(DockerConfigFile.Load(_config), new CredentialHelperRunner());

        var hub = await credentials.FindAsync(ImageReference.Parse("busybox").Registry, default);
        var local = await credentials.FindAsync("127.0.0.1:5000", default);
        var header = await credentials.HeaderForAsync("127.0.0.1:5000", default);
        var none = await credentials.HeaderForAsync("quay.io", default);

        (hub!.Username, hub.Password, hub.ServerAddress).Should().Be(("hub", "hubpw", "https://index.docker.io/v1/"));
        (local!.Username, local.Password).Should().Be(("user", "pa:ss"), "only the first colon separates user and password");
        (await credentials.FindAsync("ghcr.io", default))!.IdentityToken.Should().Be("tok");
        var decoded = JsonDocument.Parse(Convert.FromBase64String(header.Replace('-', '+').Replace('_', '/'))).RootElement;
        decoded.GetProperty("username").GetString().Should().Be("user");
        decoded.GetProperty("serverAddress").GetString().Should().Be("127.0.0.1:5000");
        Encoding.UTF8.GetString(Convert.FromBase64String(none)).Should().Be("{}");
    }

    [Theory]
    [InlineData("busybox", "docker.io", "library/busybox", "busybox", "latest")]
    [InlineData("busybox:1.36", "docker.io", "library/busybox", "busybox", "1.36")]
    [InlineData("team/app", "docker.io", "team/app", "team/app", "latest")]
    [InlineData("localhost/app:dev", "localhost", "app", "localhost/app", "dev")]
    [InlineData("127.0.0.1:5000/team/app:2", "127.0.0.1:5000", "team/app", "127.0.0.1:5000/team/app", "2")]
    [InlineData("ghcr.io/org/img@sha256:abc", "ghcr.io", "org/img", "ghcr.io/org/img", "sha256:abc")]
    [InlineData("index.docker.io/library/redis:7", "docker.io", "library/redis", "redis", "7")]
    public void Image_references_split_into_registry_repository_and_tag(string text, string registry, string repository, string name, string tagOrDigest)
    {
        var reference = ImageReference.Parse(text);

        (reference.Registry, reference.Repository, reference.Name, reference.TagOrDigest).Should().Be((registry, repository, name, tagOrDigest));
    }

    private string WriteContext(string name, string host, bool skipTlsVerify)
    {
        var id = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)));
        var directory = Directory.CreateDirectory(Path.Combine(_config, "contexts", "meta", id)).FullName;
        File.WriteAllText(Path.Combine(directory, "meta.json"),
            $"{{\"Name\":\"{name}\",\"Metadata\":{{}},\"Endpoints\":{{\"docker\":{{\"Host\":\"{host}\",\"SkipTLSVerify\":{(skipTlsVerify ? "true" : "false")}}}}}}}");
        return id;
    }

    private void WriteConfig(string json) => File.WriteAllText(Path.Combine(_config, "config.json"), json);

    private static Dictionary<string, string> Env(params (string Key, string Value)[] values) =>
        values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);

    public void Dispose() => Directory.Delete(_config, recursive: true);
}
