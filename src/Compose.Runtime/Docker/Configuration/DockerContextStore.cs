using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Compose.Runtime.Docker.Wire;
using Compose.Runtime.Errors;

namespace Compose.Runtime.Docker.Configuration;

/// <summary>
/// The docker CLI's context store: <c>contexts/meta/&lt;sha256(name)&gt;/meta.json</c> holds the endpoint,
/// <c>contexts/tls/&lt;sha256(name)&gt;/docker/</c> its TLS material.
/// </summary>
internal sealed class DockerContextStore(string configDirectory)
{
    /// <summary>The name the CLI reserves for "DOCKER_HOST or the default socket".</summary>
    public const string DefaultContextName = "default";

    public DockerEndpoint Resolve(string name, string origin)
    {
        var id = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)));
        var metaPath = Path.Combine(configDirectory, "contexts", "meta", id, "meta.json");
        if (!File.Exists(metaPath))
        {
            throw new EngineConfigurationException(
                $"Docker context '{name}' does not exist (looked for {metaPath}); run 'docker context ls' to see the contexts, or fix {origin}.");
        }

        var docker = ReadMeta(metaPath).Endpoints?.GetValueOrDefault("docker");
        if (docker?.Host is not { Length: > 0 } host)
        {
            throw new EngineConfigurationException($"Docker context '{name}' has no docker endpoint host in {metaPath}.");
        }

        var tlsDirectory = Path.Combine(configDirectory, "contexts", "tls", id, "docker");
        var tls = Directory.Exists(tlsDirectory) || docker.SkipTLSVerify
            ? DockerTlsOptions.FromDirectory(tlsDirectory, verify: !docker.SkipTLSVerify)
            : null;
        return DockerEndpoint.Parse(host, tls) with { Source = $"Docker context '{name}' from {origin}" };
    }

    private static ContextMetaDto ReadMeta(string path)
    {
        try
        {
            return JsonSerializer.Deserialize(File.ReadAllBytes(path), ClientConfigJsonContext.Default.ContextMetaDto) ?? new ContextMetaDto();
        }
        catch (JsonException e)
        {
            throw new EngineConfigurationException($"{path} is not valid JSON ({e.Message}).", e);
        }
    }
}
