namespace Compose.Runtime;

public sealed record ImageListFilter
{
    public LabelFilter? Labels { get; init; }

    /// <summary>A reference pattern such as <c>busybox</c> or <c>myproj-*</c>.</summary>
    public string? Reference { get; init; }

    /// <summary>Include intermediate images.</summary>
    public bool All { get; init; }
}
