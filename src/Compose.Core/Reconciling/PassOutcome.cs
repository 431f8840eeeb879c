using System.Collections.Immutable;

namespace Compose.Reconciling;

/// <summary>What one pass did: its result, the plan it ran (plan text), and what it deliberately left alone.</summary>
public sealed record PassOutcome(PassResult Result)
{
    /// <summary>The plan carried out (or attempted), in plan text; empty when converged.</summary>
    public string PlanText { get; init; } = "";

    /// <summary>Failed: the step that failed (<c>Container demo-web-1</c>) or the phase (<c>observe</c>).</summary>
    public string? FailedStep { get; init; }

    /// <summary>Failed: the error's message (English text, no secrets); Paused: who paused it.</summary>
    public string? Reason { get; init; }

    /// <summary>Containers left stopped on purpose: exited under their restart policy, or stopped by someone.</summary>
    public ImmutableArray<string> LeftAlone { get; init; } = [];

    /// <summary>Services another command paused (they were not touched).</summary>
    public ImmutableArray<string> PausedServices { get; init; } = [];

    public static PassOutcome Converged(ImmutableArray<string> leftAlone) => new(PassResult.Converged) { LeftAlone = leftAlone };

    public int StepCount => PlanText.Count(c => c == '\n');
}
