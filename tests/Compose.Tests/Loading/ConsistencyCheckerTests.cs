using Compose.Errors;

namespace Compose.Tests.Loading;

public class ConsistencyCheckerTests
{
    [Theory]
    [InlineData("  web: {image: x, depends_on: [db]}\n", "compose.yaml:2:32: services.web.depends_on.db: service \"web\" depends on undefined service \"db\"; define it or remove it from depends_on.")]
    [InlineData("  web: {image: x, links: [\"db:database\"]}\n", "compose.yaml:2:27: services.web.links[0]: service \"web\" links to undefined service \"db\"; define it or remove the reference.")]
    [InlineData("  web: {image: x, volumes_from: [\"db:ro\"]}\n", "compose.yaml:2:34: services.web.volumes_from[0]: service \"web\" takes volumes from undefined service \"db\"; define it or remove the reference.")]
    [InlineData("  web: {image: x, ipc: \"service:db\"}\n", "compose.yaml:2:19: services.web.ipc: service \"web\" shares a namespace with undefined service \"db\"; define it or remove the reference.")]
    [InlineData("  web: {image: x, configs: [app]}\n", "compose.yaml:2:29: services.web.configs[0]: service \"web\" refers to undefined config app; declare it under the top-level configs:.")]
    [InlineData("  web: {image: x, models: [llm]}\n", "compose.yaml:2:28: services.web.models.llm: service \"web\" refers to undefined model llm; declare it under the top-level models:.")]
    [InlineData("  web: {image: x, container_name: web, scale: 2}\n", "compose.yaml:2:19: services.web.container_name: service \"web\" sets container_name \"web\" and runs 2 replicas, which cannot share one name; remove container_name or scale to 1.")]
    [InlineData("  a: {image: x, container_name: same}\n  b: {image: x, container_name: same}\n", "compose.yaml:3:17: services.b.container_name: container name \"same\" is already used by service \"a\"; give each service its own container_name.")]
    [InlineData("  web: {platform: linux/riscv64, build: {context: ., platforms: [linux/amd64]}}\n", "compose.yaml:2:9: services.web.platform: platform \"linux/riscv64\" is not one of build.platforms (linux/amd64); add it there or change platform.")]
    [InlineData("  web: {command: x}\n", "compose.yaml:2:3: services.web: service \"web\" has neither an image nor a build context specified; add image: (or build:).")]
    [InlineData("  a: {image: x, depends_on: [b]}\n  b: {image: x, depends_on: [a]}\n", "compose.yaml:2:30: services.a.depends_on.b: dependency cycle between services: a -> b -> a; remove one of these depends_on entries.")]
    public async Task Broken_references_are_refused_at_the_referring_line(string services, string message)
    {
        var act = () => TestProjects.ProjectAsync("services:\n" + services);

        (await act.Should().ThrowAsync<ComposeFileException>()).WithMessage(message);
    }

    [Fact]
    public async Task Optional_dependencies_providers_and_containers_need_no_definition()
    {
        var project = await TestProjects.ProjectAsync("""
            services:
              web:
                image: x
                depends_on: {cache: {condition: service_started, required: false}}
                volumes_from: ["container:legacy"]
                network_mode: "container:proxy"
              tunnel:
                provider: {type: awesomecloud, options: {region: [eu, us]}}
            """);

        project.Services["tunnel"].Provider!.Options["region"].Should().Equal("eu", "us");
        project.Services["web"].DependsOn["cache"].Required.Should().BeFalse();
    }
}
