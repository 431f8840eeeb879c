using System.Collections.Immutable;
using Compose.Planning.Steps;

namespace Compose.Planning;

/// <summary>Numbers steps as they are added (from 1), so plans are deterministic and their text is stable.</summary>
public sealed class PlanBuilder
{
    private readonly List<PlanStep> _steps = [];
    private readonly List<string> _warnings = [];
    private readonly List<(string Resource, string Container)> _unchanged = [];

    public int NextId => _steps.Count + 1;

    public IReadOnlyList<PlanStep> Steps => _steps;

    /// <summary>Adds a step (its <see cref="PlanStep.Id"/> is assigned here) and returns its id.</summary>
    public int Add(PlanStep step)
    {
        var id = NextId;
        _steps.Add(step with { Id = id, DependsOn = Normalize(step.DependsOn.Where(d => d > 0)) });
        return id;
    }

    /// <summary>Orders an added step after an earlier one (ids only ever point back, so the plan stays acyclic).</summary>
    public void AddDependency(int step, int dependsOn)
    {
        if (dependsOn >= step)
        {
            throw new ArgumentException($"step #{step} cannot wait for the later step #{dependsOn}", nameof(dependsOn));
        }

        var existing = _steps[step - 1];
        _steps[step - 1] = existing with { DependsOn = Normalize([.. existing.DependsOn, dependsOn]) };
    }

    /// <summary>Changes an added step (its id and dependencies stay).</summary>
    public void Update(int step, Func<PlanStep, PlanStep> change)
    {
        var existing = _steps[step - 1];
        _steps[step - 1] = change(existing) with { Id = existing.Id, DependsOn = existing.DependsOn };
    }

    public void Warn(string warning) => _warnings.Add(warning);

    /// <summary>
    /// Appends a whole plan made on its own, renumbered after the steps already here; its first steps wait for
    /// <paramref name="after"/>. Its warnings and unchanged containers come along. Returns its steps' new ids, in order.
    /// </summary>
    public ImmutableArray<int> Append(Plan plan, IReadOnlyCollection<int> after)
    {
        var offset = _steps.Count;
        foreach (var step in plan.Steps)
        {
            Add(step with { DependsOn = step.DependsOn.IsEmpty ? [.. after] : [.. step.DependsOn.Select(d => d + offset)] });
        }

        _warnings.AddRange(plan.Warnings);
        _unchanged.AddRange(plan.UnchangedResources);
        return [.. plan.Steps.Select(s => s.Id + offset)];
    }

    /// <summary>A running container nothing needs to change; dropped again if a later step acts on its resource.</summary>
    public void Unchanged(string resource, string container) => _unchanged.Add((resource, container));

    public Plan Build()
    {
        var touched = _steps.Select(s => s.Resource).ToHashSet(StringComparer.Ordinal);
        var unchanged = _unchanged.Where(u => !touched.Contains(u.Resource)).ToImmutableArray();
        return new([.. _steps])
        {
            Warnings = [.. _warnings],
            Unchanged = [.. unchanged.Select(u => u.Container)],
            UnchangedResources = unchanged,
        };
    }

    private static ImmutableArray<int> Normalize(IEnumerable<int> ids) => [.. ids.Distinct().Order()];
}
