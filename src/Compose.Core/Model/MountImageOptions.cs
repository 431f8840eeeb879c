namespace Compose.Model;

/// <summary><c>image:</c> options of a mount.</summary>
public sealed record MountImageOptions
{
    public string? Subpath { get; init; }
}
