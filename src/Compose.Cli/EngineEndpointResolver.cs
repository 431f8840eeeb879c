using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Compose.Errors;
using Compose.Runtime.Docker;

namespace Compose.Cli;

/// <summary>
/// Which engine to talk to, as the docker CLI decides: <c>DOCKER_HOST</c>, else the context named by
/// <c>DOCKER_CONTEXT</c>, else the <c>currentContext</c> of <c>$DOCKER_CONFIG/config.json</c> (<c>~/.docker</c>),
/// else the default socket. A context's endpoint is read from <c>contexts/meta/&lt;sha256(name)&gt;/meta.json</c>.
/// </summary>
public static class EngineEndpointResolver
{
    public static DockerEndpoint Resolve(IReadOnlyDictionary<string, string> variables)
    {
        if (variables.GetValueOrDefault("DOCKER_HOST") is { Length: > 0 } host)
        {
            return Parse(host, "DOCKER_HOST");
        }

        var configDirectory = ConfigDirectory(variables);
        var context = variables.GetValueOrDefault("DOCKER_CONTEXT") is { Length: > 0 } named ? named : CurrentContext(configDirectory);
        if (context is null or "default")
        {
            return DockerEndpoint.UnixSocket(DockerEndpoint.DefaultSocketPath);
        }

        return Parse(ContextHost(configDirectory, context), $"docker context '{context}'");
    }

    public static string ConfigDirectory(IReadOnlyDictionary<string, string> variables) =>
        variables.GetValueOrDefault("DOCKER_CONFIG") is { Length: > 0 } configured
            ? configured
            : Path.Combine(variables.GetValueOrDefault("HOME") ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".docker");

    private static string? CurrentContext(string configDirectory)
    {
        var path = Path.Combine(configDirectory, "config.json");
        if (!File.Exists(path))
        {
            return null;
        }

        using var document = ReadJson(path);
        return document.RootElement.TryGetProperty("currentContext", out var current) && current.ValueKind == JsonValueKind.String
            ? current.GetString()
            : null;
    }

    private static string ContextHost(string configDirectory, string context)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(context)));
        var path = Path.Combine(configDirectory, "contexts", "meta", hash, "meta.json");
        if (!File.Exists(path))
        {
            throw new ComposeException($"docker context '{context}' not found ({path} does not exist); list contexts with 'docker context ls' or unset DOCKER_CONTEXT.");
        }

        using var document = ReadJson(path);
        return document.RootElement.TryGetProperty("Endpoints", out var endpoints)
            && endpoints.TryGetProperty("docker", out var docker)
            && docker.TryGetProperty("Host", out var host)
            && host.GetString() is { Length: > 0 } value
                ? value
                : throw new ComposeException($"docker context '{context}' has no docker endpoint in {path}.");
    }

    private static JsonDocument ReadJson(string path)
    {
        try
        {
            return JsonDocument.Parse(File.ReadAllBytes(path));
        }
        catch (JsonException e)
        {
            throw new ComposeException($"{path}: not valid JSON ({e.Message}); fix or remove the file.");
        }
    }

    private static DockerEndpoint Parse(string host, string source)
    {
        try
        {
            return DockerEndpoint.Parse(host);
        }
        catch (ArgumentException e)
        {
            throw new ComposeException($"{source}: {e.Message}");
        }
    }
}
