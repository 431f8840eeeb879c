using Compose.Model;

namespace Compose.Tests.Loading;

/// <summary>References to other services become depends_on entries, as docker compose infers them.</summary>
public class ImplicitDependenciesTests
{
    private static async Task<IReadOnlyDictionary<string, ServiceDependency>> DependsOnAsync(string service, string yaml) =>
        (await TestProjects.ProjectAsync(yaml)).Services[service].DependsOn;

    [Fact]
    public async Task Namespaces_and_links_depend_on_their_service_and_restart_with_it()
    {
        var dependsOn = await DependsOnAsync("app", """
            services:
              app:
                image: x
                network_mode: service:net
                ipc: service:ipc
                pid: service:pid
                links: [db:database]
              net: {image: x}
              ipc: {image: x}
              pid: {image: x}
              db: {image: x}
            """);

        dependsOn.Keys.Should().BeEquivalentTo("net", "ipc", "pid", "db");
        dependsOn.Values.Should().AllSatisfy(d => d.Should().Be(new ServiceDependency { Condition = ServiceDependency.Started, Required = true, Restart = true }));
    }

    [Fact]
    public async Task Volumes_from_a_service_depends_on_it_without_restart_and_containers_are_not_services()
    {
        var dependsOn = await DependsOnAsync("app", """
            services:
              app:
                image: x
                volumes_from: ["data:ro", "service:logs", "container:elsewhere"]
              data: {image: x}
              logs: {image: x}
            """);

        dependsOn.Keys.Should().BeEquivalentTo("data", "logs");
        dependsOn.Values.Should().AllSatisfy(d => d.Restart.Should().BeFalse());
    }

    [Fact]
    public async Task An_explicit_depends_on_entry_wins_over_the_inferred_one()
    {
        var dependsOn = await DependsOnAsync("app", """
            services:
              app:
                image: x
                network_mode: service:db
                depends_on:
                  db: {condition: service_healthy}
              db: {image: x}
            """);

        dependsOn["db"].Should().Be(new ServiceDependency { Condition = ServiceDependency.Healthy, Required = true, Restart = false });
    }

    [Fact]
    public async Task A_cycle_through_an_inferred_dependency_is_named()
    {
        var act = () => TestProjects.ProjectAsync("services:\n  a:\n    image: x\n    network_mode: service:b\n  b:\n    image: x\n    depends_on: [a]\n");

        (await act.Should().ThrowAsync<Compose.Errors.ComposeException>()).Which.Message.Should().Contain("a").And.Contain("b").And.Contain("cycle");
    }
}
