using System.Collections.Immutable;

namespace Compose.Model;

/// <summary>One <c>develop.watch</c> rule. <see cref="Path"/> is absolute.</summary>
public sealed record WatchRule
{
    public const string Rebuild = "rebuild";
    public const string Sync = "sync";
    public const string Restart = "restart";
    public const string SyncRestart = "sync+restart";
    public const string SyncExec = "sync+exec";

    public required string Path { get; init; }
    public required string Action { get; init; }
    public string? Target { get; init; }
    public ImmutableArray<string> Ignore { get; init; } = [];
    public ImmutableArray<string> Include { get; init; } = [];
    public bool InitialSync { get; init; }
    public ServiceHook? Exec { get; init; }
}
