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

    /// <summary>A running container nothing needs to change; dropped again if a later step acts on its resource.</summary>
    public void Unchanged(string resource, string container) => _unchanged.Add((resource, container));

    public Plan Build()
    {
        var touched = _steps.Select(s => s.Resource).ToHashSet(StringComparer.Ordinal);
        return new([.. _steps])
        {
            Warnings = [.. _warnings],
            Unchanged = [.. _unchanged.Where(u => !touched.Contains(u.Resource)).Select(u => u.Container)],
        };
    }

    private static ImmutableArray<int> Normalize(IEnumerable<int> ids) => [.. ids.Distinct().Order()];
}
