using System.Collections.Immutable;

namespace Compose.Runtime;

/// <summary>What <c>commit</c> makes of a container: the image name, its history entry, and Dockerfile-style changes.</summary>
public sealed record ContainerCommitSpec
{
    /// <summary>The image name without tag; null leaves the new image untagged (only its id names it).</summary>
    public string? Repository { get; init; }

    public string? Tag { get; init; }

    /// <summary>The commit message, kept in the image's history.</summary>
    public string? Comment { get; init; }

    public string? Author { get; init; }

    /// <summary>Dockerfile instructions applied to the new image's configuration (<c>CMD</c>, <c>ENV</c>, <c>LABEL</c>…).</summary>
    public ImmutableArray<string> Changes { get; init; } = [];

    /// <summary>Pause the container while it is committed, so the snapshot is consistent (docker's default).</summary>
    public bool Pause { get; init; } = true;
}
