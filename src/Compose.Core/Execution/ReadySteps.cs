using Compose.Planning;
using Compose.Planning.Steps;

namespace Compose.Execution;

/// <summary>The DAG's bookkeeping for the executor: which steps are ready, and which become ready when one completes.</summary>
internal sealed class ReadySteps
{
    private readonly Dictionary<int, int> _pending;
    private readonly ILookup<int, PlanStep> _dependents;
    private readonly Queue<PlanStep> _ready;

    public ReadySteps(Plan plan)
    {
        _pending = plan.Steps.ToDictionary(s => s.Id, s => s.DependsOn.Length);
        _dependents = plan.Steps.SelectMany(s => s.DependsOn.Select(d => (Dependency: d, Step: s))).ToLookup(x => x.Dependency, x => x.Step);
        _ready = new Queue<PlanStep>(plan.Steps.Where(s => s.DependsOn.IsEmpty));
    }

    public bool Any => _ready.Count > 0;

    public PlanStep Take() => _ready.Dequeue();

    /// <summary>A step succeeded: the dependents whose last dependency it was become ready.</summary>
    public void Complete(PlanStep step)
    {
        foreach (var dependent in _dependents[step.Id])
        {
            if (--_pending[dependent.Id] == 0)
            {
                _ready.Enqueue(dependent);
            }
        }
    }
}
