using System.Collections.Immutable;
using Compose.Planning.Steps;

namespace Compose.Planning;

/// <summary>
/// A DAG of one-call steps, in id order (every step's dependencies have smaller ids), and the warnings the planner
/// has for the user (orphans left in place, containers whose hash it cannot check).
/// </summary>
public sealed record Plan(ImmutableArray<PlanStep> Steps)
{
    public static Plan Empty { get; } = new([]);

    public ImmutableArray<string> Warnings { get; init; } = [];

    /// <summary>
    /// Running containers the plan leaves exactly as they are, by name: not steps (a converged plan stays empty), but
    /// reported as <c>Running</c> so a second <c>up</c> shows the stack's state, as docker compose does.
    /// </summary>
    public ImmutableArray<string> Unchanged { get; init; } = [];

    public bool IsEmpty => Steps.IsEmpty;

    /// <summary>The printable form (one line per step), as shown by <c>--dry-run</c> and <c>composectl plan</c>.</summary>
    public string ToText() => string.Concat(Steps.Select(s => s + "\n"));

    public override string ToString() => ToText();
}
