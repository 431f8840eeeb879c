using Compose.Runtime.Swarm;
using Compose.Targets.Swarm;

namespace Compose.Tests.Targets.Swarm;

public class SwarmObserverTests
{
    private const string Yaml = "services:\n  web:\n    image: reg.local/web:v1\n  api:\n    image: reg.local/api:v1\n";

    [Fact]
    public async Task An_engine_in_no_swarm_is_refused_with_how_to_make_one()
    {
        var scenario = new SwarmScenario();
        scenario.Swarm.State = new SwarmState { LocalNodeState = "inactive" };

        var act = async () => await scenario.PlanAsync(await SwarmScenario.LoadAsync(Yaml));

        (await act.Should().ThrowAsync<SwarmException>()).Which.Message.Should().Be(
            "the engine at unix:///fake.sock (test) is not part of a swarm. Make it one with `docker swarm init` (or join one with `docker swarm join`), then deploy again.");
    }

    [Fact]
    public async Task A_worker_is_refused_with_where_to_deploy_instead()
    {
        var scenario = new SwarmScenario();
        scenario.Swarm.State = new SwarmState { LocalNodeState = "active", ControlAvailable = false };

        var act = async () => await scenario.PlanAsync(await SwarmScenario.LoadAsync(Yaml));

        (await act.Should().ThrowAsync<SwarmException>()).Which.Message.Should().Contain("is a swarm worker; stacks are deployed through a manager");
    }

    [Fact]
    public async Task Resolve_image_changed_asks_the_registry_only_for_tags_that_changed_and_never_asks_for_none()
    {
        var scenario = new SwarmScenario();
        await scenario.DeployAsync(await SwarmScenario.LoadAsync(Yaml));
        while (scenario.Swarm.Resolved.TryDequeue(out _))
        {
        }

        var changed = await SwarmScenario.LoadAsync(Yaml.Replace("api:v1", "api:v2", StringComparison.Ordinal));
        await scenario.PlanAsync(changed, resolution: ImageResolution.Changed);
        var askedWhenChanged = scenario.Swarm.Resolved.ToArray();
        await scenario.PlanAsync(changed, resolution: ImageResolution.Never);

        askedWhenChanged.Should().Equal("reg.local/api:v2");
        scenario.Swarm.Resolved.Should().Equal("reg.local/api:v2");
    }
}
