using System.Collections.Immutable;
using Compose.Observing;
using Compose.Planning;

namespace Compose.Tests.Planning;

/// <summary>Planning many thousands of replicas takes long enough to interrupt: the planner must stop when asked.</summary>
public class PlanningCancellationTests
{
    [Fact]
    public async Task An_interrupted_plan_of_many_replicas_stops_instead_of_finishing()
    {
        var project = await TestProjects.ProjectAsync("services:\n  s01:\n    image: busybox\n    ports: [\"8080:80\"]\n");
        using var interrupted = new CancellationTokenSource();
        await interrupted.CancelAsync();

        var plan = () => Planner.PlanUp(project, ObservedState.Empty(project.Name), new UpOptions { Scale = new Dictionary<string, int> { ["s01"] = 10_000 }.ToImmutableSortedDictionary() }, interrupted.Token);

        plan.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public async Task Replicas_publishing_one_host_port_start_one_after_another()
    {
        var project = await TestProjects.ProjectAsync("services:\n  web:\n    image: busybox\n    ports: [\"8080:80\"]\n    scale: 3\n");

        var plan = Planner.PlanUp(project, ObservedState.Empty(project.Name), new UpOptions());

        plan.ToText().Should().EndWith(Golden.Text("""
            [2] -> #5 service:web:1, StartContainer, created
            [3,5] -> #6 service:web:2, StartContainer, created
            [4,6] -> #7 service:web:3, StartContainer, created
            """), "each start waits for the previous one on port 8080 (and so, through it, for all earlier ones)");
    }
}
