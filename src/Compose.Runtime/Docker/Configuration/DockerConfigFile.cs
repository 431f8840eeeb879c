using System.Text.Json;
using Compose.Runtime.Docker.Wire;
using Compose.Runtime.Errors;

namespace Compose.Runtime.Docker.Configuration;

/// <summary>The docker CLI's <c>config.json</c> in a config directory: credentials and the current context.</summary>
internal sealed class DockerConfigFile
{
    private DockerConfigFile(string? path, DockerConfigDto content)
    {
        Path = path;
        Content = content;
    }

    public static DockerConfigFile Empty { get; } = new(null, new DockerConfigDto());

    /// <summary>The file read, or null when there was none.</summary>
    public string? Path { get; }

    public DockerConfigDto Content { get; }

    public string? CurrentContext => string.IsNullOrWhiteSpace(Content.CurrentContext) ? null : Content.CurrentContext;

    /// <summary>Reads <c>config.json</c> from the directory; a missing directory or file is an empty configuration.</summary>
    public static DockerConfigFile Load(string? configDirectory)
    {
        if (configDirectory is null)
        {
            return Empty;
        }

        var path = System.IO.Path.Combine(configDirectory, "config.json");
        if (!File.Exists(path))
        {
            return Empty;
        }

        try
        {
            var bytes = File.ReadAllBytes(path);
            var content = bytes.Length == 0 ? null : JsonSerializer.Deserialize(bytes, ClientConfigJsonContext.Default.DockerConfigDto);
            return new DockerConfigFile(path, content ?? new DockerConfigDto());
        }
        catch (JsonException e)
        {
            throw new EngineConfigurationException($"{path} is not valid JSON ({e.Message}); fix or remove it.", e);
        }
        catch (IOException e)
        {
            throw new EngineConfigurationException($"{path} cannot be read ({e.Message}).", e);
        }
    }
}
