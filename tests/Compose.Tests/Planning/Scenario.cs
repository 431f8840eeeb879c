using Compose.Execution;
using Compose.Model;
using Compose.Observing;
using Compose.Planning;
using Compose.Targets.Engine;

namespace Compose.Tests.Planning;

/// <summary>
/// A fake engine with a reconciler over it, for plan tests: bring a project up, change something, plan again,
/// execute, and check the central property: once a plan is carried out, planning again gives nothing to do.
/// </summary>
public sealed class Scenario
{
    public FakeContainerRuntime Engine { get; } = new();

    public EngineTarget Target { get; }

    public Scenario() => Target = new EngineTarget(Engine, NullProgressSink.Instance);

    public static async Task<(Scenario Scenario, Project Project)> UpAsync(string yaml, UpOptions? options = null, Action<FakeContainerRuntime>? prepare = null)
    {
        var scenario = new Scenario();
        prepare?.Invoke(scenario.Engine);
        var project = await TestProjects.ProjectAsync(yaml);
        await scenario.Target.UpAsync(project, options ?? new UpOptions(), default);
        return (scenario, project);
    }

    public Task<Plan> PlanUpAsync(Project project, UpOptions? options = null) => Target.PlanUpAsync(project, options ?? new UpOptions(), default);

    public async Task<Plan> PlanAsync(Project project, Func<Project, ObservedState, Plan> planner) =>
        planner(project, await Target.ObserveAsync(project, default));

    /// <summary>Carries out the plan, then asserts that the same planner has nothing left to do.</summary>
    public async Task ExecuteAndConvergeAsync(Plan plan, Func<Task<Plan>> planAgain)
    {
        await Target.ExecuteAsync(plan, default);
        var next = await planAgain();
        next.IsEmpty.Should().BeTrue($"a plan carried out leaves nothing to do, but planning again gave:\n{next.ToText()}");
    }

    public Task ExecuteAndConvergeUpAsync(Plan plan, Project project, UpOptions? options = null) =>
        ExecuteAndConvergeAsync(plan, () => PlanUpAsync(project, options));
}
