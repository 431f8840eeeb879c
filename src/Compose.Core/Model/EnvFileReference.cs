namespace Compose.Model;

/// <summary>An <c>env_file:</c> entry: an absolute path, whether a missing file is an error, and its format.</summary>
public sealed record EnvFileReference
{
    public required string Path { get; init; }
    public bool Required { get; init; } = true;

    /// <summary>null = compose's dotenv rules; <c>raw</c> = every line is NAME=VALUE taken literally.</summary>
    public string? Format { get; init; }
}
