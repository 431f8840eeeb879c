using System.Collections.Immutable;

namespace Compose.Reconciling;

/// <summary>
/// What a running controller last did and what it waits for, as <c>reconcile status</c> and <c>ps</c> show it; the
/// controller replaces its status file with this after every change.
/// </summary>
public sealed record ReconcileStatus
{
    public required string Project { get; init; }

    public required int Pid { get; init; }

    public required DateTimeOffset Started { get; init; }

    /// <summary><c>starting</c>, <c>applying</c>, <c>converged</c>, <c>backing off</c>, <c>paused</c>, <c>files rejected</c>, <c>failed</c>.</summary>
    public string State { get; init; } = "starting";

    public int Passes { get; init; }

    public DateTimeOffset? LastPass { get; init; }

    public string? LastTrigger { get; init; }

    /// <summary><c>converged</c>, <c>applied 4 steps</c>, <c>failed</c>, <c>paused</c>.</summary>
    public string? LastResult { get; init; }

    /// <summary>The plan the last pass that changed something ran, in plan text.</summary>
    public string LastPlan { get; init; } = "";

    public DateTimeOffset? LastConverged { get; init; }

    public BackoffState? Backoff { get; init; }

    /// <summary>Why the current files are not applied (file:line:col), while an edit is broken.</summary>
    public string? FilesError { get; init; }

    /// <summary>Who paused the controller, while it is paused.</summary>
    public string? Paused { get; init; }

    /// <summary>The engine connection, when it is not simply up (<c>reconnecting: ...</c>).</summary>
    public string? Engine { get; init; }

    /// <summary>Containers left stopped on purpose at the last pass.</summary>
    public ImmutableArray<string> LeftAlone { get; init; } = [];

    /// <summary>What the controller waits for now, in words.</summary>
    public string WaitingFor { get; init; } = "";
}
