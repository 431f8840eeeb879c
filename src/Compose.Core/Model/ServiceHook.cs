using System.Collections.Immutable;

namespace Compose.Model;

/// <summary>A lifecycle hook (<c>post_start</c>, <c>pre_stop</c>, <c>pre_start</c>) or a watch rule's <c>exec</c>.</summary>
public sealed record ServiceHook
{
    public required ImmutableArray<string> Command { get; init; }
    public string? User { get; init; }
    public bool Privileged { get; init; }
    public string? WorkingDir { get; init; }
    public ImmutableSortedDictionary<string, string?> Environment { get; init; } = ModelMaps.Empty<string?>();

    /// <summary><c>pre_start</c> only: the hook runs in its own container from this image (docker compose v5).</summary>
    public string? Image { get; init; }
}
