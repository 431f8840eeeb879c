using Compose.Planning;
using Compose.Planning.Steps;

namespace Compose.Tests.Planning;

/// <summary>Issue 15 item 3: a recreated one-shot dependency is waited for even when its dependent keeps running.</summary>
public class ChangedDependencyWaitTests
{
    private const string Stack = "services:\n  migrate:\n    image: x\n    command: [sh, -c, 'exit 0']\n"
        + "  web:\n    image: x\n    depends_on:\n      migrate: {condition: service_completed_successfully}\n";

    [Fact]
    public async Task A_changed_migration_under_a_running_web_is_recreated_started_and_waited_for()
    {
        var (scenario, _) = await Scenario.UpAsync(Stack, null, engine => engine.ExitOnStart("migrate", 0));
        var project = await TestProjects.ProjectAsync(Stack.Replace("'exit 0'", "'sleep 3; exit 2'"));

        var plan = await scenario.PlanUpAsync(project);

        plan.Steps.Should().NotContain(s => s.Resource == "service:web:1", "web itself did not change");
        var start = plan.Steps.OfType<StartContainerStep>().Should().ContainSingle(s => s.Resource == "service:migrate:1").Subject;
        var wait = plan.Steps.OfType<WaitForServiceStep>().Should().ContainSingle().Subject;
        wait.Service.Should().Be("migrate");
        wait.Readiness.Should().Be(Readiness.CompletedSuccessfully);
        wait.Required.Should().BeTrue();
        wait.DependsOn.Should().Contain(start.Id);
        await scenario.ExecuteAndConvergeUpAsync(plan, project);
    }

    [Fact]
    public async Task A_failing_changed_migration_fails_the_up_although_web_keeps_running()
    {
        var (scenario, _) = await Scenario.UpAsync(Stack, null, engine => engine.ExitOnStart("migrate", 0));
        scenario.Engine.ExitOnStart("migrate", 2);
        var project = await TestProjects.ProjectAsync(Stack.Replace("'exit 0'", "'sleep 3; exit 2'"));

        var up = () => scenario.Target.UpAsync(project, new UpOptions(), default);

        (await up.Should().ThrowAsync<Exception>()).Which.Message.Should().Contain("migrate").And.Contain("exit 2");
    }

    [Fact]
    public async Task Up_wait_waits_for_a_one_shot_to_complete_and_for_the_rest_to_run()
    {
        var project = await TestProjects.ProjectAsync(Stack);

        WaitConditions.For(project, ["web", "migrate"]).Should().Equal(new Dictionary<string, Readiness>
        {
            ["migrate"] = Readiness.CompletedSuccessfully,
            ["web"] = Readiness.RunningOrHealthy,
        });
    }
}
