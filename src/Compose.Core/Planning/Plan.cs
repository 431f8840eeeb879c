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

    /// <summary>The resources of <see cref="Unchanged"/>, for a plan appended to another (<see cref="PlanBuilder.Append"/>).</summary>
    internal ImmutableArray<(string Resource, string Container)> UnchangedResources { get; init; } = [];

    public bool IsEmpty => Steps.IsEmpty;

    /// <summary>
    /// The steps after <paramref name="afterStep"/> up to <paramref name="throughStep"/>, to be carried out as one phase
    /// once the earlier ones are done (their dependencies on earlier steps dropped as met). A plan whose later steps
    /// need something that is not a step in between (an attached <c>run</c> attaches before it starts) is run so.
    /// The first phase keeps the warnings and unchanged containers.
    /// </summary>
    public Plan Slice(int afterStep, int throughStep) => new([.. Steps
        .Where(s => s.Id > afterStep && s.Id <= throughStep)
        .Select(s => s with { DependsOn = [.. s.DependsOn.Where(d => d > afterStep)] })])
    {
        Warnings = afterStep == 0 ? Warnings : [],
        Unchanged = afterStep == 0 ? Unchanged : [],
    };

    /// <summary>The printable form (one line per step), as shown by <c>--dry-run</c> and <c>composectl plan</c>.</summary>
    public string ToText() => string.Concat(Steps.Select(s => s + "\n"));

    public override string ToString() => ToText();
}
