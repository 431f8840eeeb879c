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

    /// <summary>
    /// Whether a driver resubscribes by itself when the stream ends or the engine is away (briefly, hiding the gap);
    /// false: the stream ends (or throws) and the caller resumes it, as the reconcile loop does to know it was away.
    /// </summary>
    public bool Resubscribe { get; init; } = true;
}
