using System.Collections.Immutable;

namespace Compose.Runtime;

public sealed record EventFilter
{
    public LabelFilter? Labels { get; init; }

    /// <summary><c>container</c>, <c>network</c>, <c>volume</c>, <c>image</c>; empty = all.</summary>
    public ImmutableArray<string> Types { get; init; } = [];

    /// <summary>Replay events from this time on (resume after a reconnect).</summary>
    public DateTimeOffset? Since { get; init; }
    public DateTimeOffset? Until { get; init; }
}
