using System.Collections.Immutable;

namespace Compose.Locking;

/// <summary>A verb asking for a project's lock: which project, which verb (shown to whoever waits), and its intent for a controller.</summary>
public sealed record LockRequest(string Project, string Verb)
{
    public LockIntent Intent { get; init; }

    /// <summary>The services the verb names; empty = the whole project.</summary>
    public ImmutableArray<string> Services { get; init; } = [];
}
