
namespace Compose.Tests.Targets.Swarm;

public class SwarmCommandTests
{
    [Fact]
    public async Task Deploy_without_a_target_is_a_usage_error_that_names_the_one_there_is()
    {
        var directory = TestTemp.Directory("composectl-test-");

        var result = await CliRunner.RunAsync(directory, null, "deploy");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("deploy needs a target: --to swarm");
    }

    [Fact]
    public async Task An_unknown_target_is_refused_by_the_parser()
    {
        var result = await CliRunner.RunAsync(TestTemp.Directory("composectl-test-"), null, "deploy", "--to", "nomad");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("nomad");
    }

    [Fact]
    public async Task The_executor_reports_each_service_as_created_then_unchanged_on_the_next_deploy()
    {
        var scenario = new SwarmScenario();
        var loaded = await SwarmScenario.LoadAsync("services:\n  web:\n    image: web:1\n    deploy: {replicas: 2}\n");

        await scenario.DeployAsync(loaded);
        await scenario.DeployAsync(loaded);

        scenario.Progress.Lines.Should().ContainInOrder("Service demo_web Created", "Service demo_web Unchanged");
        scenario.Swarm.Calls.Should().Equal("create network demo_default", "create service demo_web");
    }
}
