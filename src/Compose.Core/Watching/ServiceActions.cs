using System.Collections.Immutable;
using Compose.Model;

namespace Compose.Watching;

/// <summary>What one batch of changes asks of one service, each action once however many changes asked for it.</summary>
public sealed record ServiceActions(string Service)
{
    public bool Rebuild { get; init; }

    public ImmutableArray<SyncPath> Syncs { get; init; } = [];

    public bool Restart { get; init; }

    /// <summary>The <c>sync+exec</c> hooks to run after syncing, once per rule, in rule order.</summary>
    public ImmutableArray<ServiceHook> Execs { get; init; } = [];
}
