using Compose.Errors;

namespace Compose.Tests.Targets.Swarm;

public class SwarmKeyAuditTests
{
    [Fact]
    public async Task A_key_that_would_change_what_the_service_does_is_refused_at_its_line()
    {
        var scenario = new SwarmScenario();
        var loaded = await SwarmScenario.LoadAsync("services:\n  web:\n    image: web:1\n    privileged: true\n");

        var act = () => scenario.PlanAsync(loaded);

        var error = (await act.Should().ThrowAsync<ComposeFileException>()).Which;
        error.Message.Should().Be("compose.yaml:4:5: services.web.privileged: not supported by swarm: swarm services cannot run privileged; grant only what is needed with cap_add.");
        scenario.Swarm.Calls.Should().BeEmpty();
    }

    [Fact]
    public async Task Keys_swarm_has_no_use_for_are_warned_about_at_their_lines_and_the_rest_is_planned()
    {
        var scenario = new SwarmScenario();
        var loaded = await SwarmScenario.LoadAsync("""
            services:
              db:
                image: db:1
              web:
                image: web:1
                build: .
                container_name: the-web
                depends_on: [db]
                volumes: ["/srv/static:/static:ro"]
            """);

        var plan = await scenario.PlanAsync(loaded);

        plan.Warnings.Should().Contain("compose.yaml:6:5: services.web.build: ignored by swarm: a swarm does not build: the nodes pull the image named by image:, so build and push it first (composectl build --push).")
            .And.Contain("compose.yaml:7:5: services.web.container_name: ignored by swarm: swarm names each task's container itself.")
            .And.Contain(w => w.StartsWith("compose.yaml:8:5: services.web.depends_on: ignored by swarm", StringComparison.Ordinal))
            .And.Contain("compose.yaml:9:15: services.web.volumes[0]: the host path /srv/static must exist on every node that may run the service's tasks (swarm does not create it).");
        plan.Steps.Select(s => s.Action).Should().Contain("CreateService");
    }

    [Theory]
    [InlineData("services:\n  web:\n    build: .\n", "compose.yaml:3:5: services.web.build: not supported by swarm: a swarm does not build and this service names no image")]
    [InlineData("services:\n  web:\n    image: web:1\n    ports: [\"8000-8010:80\"]\n", "services.web.ports[0]: swarm publishes one port per entry, not the range '8000-8010'")]
    [InlineData("services:\n  web:\n    image: web:1\n    ports: [\"127.0.0.1:80:80\"]\n", "services.web.ports[0]: swarm publishes on every address of its nodes, not on 127.0.0.1")]
    [InlineData("services:\n  web:\n    image: web:1\n    network_mode: host\n", "compose.yaml:4:5: services.web.network_mode: not supported by swarm")]
    [InlineData("services:\n  web:\n    image: web:1\n    deploy: {mode: global, replicas: 2}\n", "services.web.deploy.replicas: a global service runs one task on every node")]
    [InlineData("services:\n  web:\n    image: web:1\n    networks: [lan]\nnetworks:\n  lan: {driver: bridge}\n", "compose.yaml:6:9: networks.lan.driver: swarm services join swarm-scoped networks, not a bridge network")]
    public async Task Values_swarm_cannot_take_are_refused_where_they_are_written(string yaml, string message)
    {
        var loaded = await SwarmScenario.LoadAsync(yaml);

        var act = () => new SwarmScenario().PlanAsync(loaded);

        var error = (await act.Should().ThrowAsync<ComposeFileException>()).Which;
        error.Message.Should().Contain(message);
        error.Location.Should().NotBeNull("the refusal points at the line");
    }
}
