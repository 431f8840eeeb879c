using Compose.Observing;
using Compose.Planning;

namespace Compose.Tests.Planning;

/// <summary>Issue 15 item 4: containers carry the labels docker compose writes, with a docker compose version.</summary>
public class IdentityLabelTests
{
    [Fact]
    public async Task A_container_is_labelled_with_its_image_id_the_env_file_and_the_compatible_compose_version()
    {
        var load = await TestProjects.LoadAsync("services:\n  web:\n    image: busybox\n    environment: {A: $A}\n", extraFiles: new Dictionary<string, string> { [".env"] = "A=1\n" });
        var project = load.Project;

        var labels = ContainerSpecFactory.Create(project, project.Services["web"], 1, "hash", "sha256:0123").Labels;

        labels.Should().Contain("com.docker.compose.image", "sha256:0123");
        labels.Should().Contain("com.docker.compose.project.environment_file", Path.Combine(project.WorkingDirectory, ".env"));
        labels.Should().Contain("com.docker.compose.version", "2.40.3");
        ComposeCompatibility.Version.Should().MatchRegex(@"^2\.\d+\.\d+$", "tools test docker compose for a 2.x version");
    }

    [Fact]
    public async Task Without_an_env_file_or_a_known_image_those_labels_are_left_out_as_docker_compose_does()
    {
        var project = await TestProjects.ProjectAsync("services:\n  web:\n    image: busybox\n");

        var labels = ContainerSpecFactory.Create(project, project.Services["web"], 1, "hash").Labels;

        labels.Keys.Should().NotContain(["com.docker.compose.image", "com.docker.compose.project.environment_file"]);
    }

    [Fact]
    public async Task Up_labels_the_container_with_the_id_the_engine_has_for_the_image()
    {
        var (scenario, _) = await Scenario.UpAsync("services:\n  web:\n    image: busybox\n", null, engine => engine.SeedImage("busybox", "sha256:feed"));

        scenario.Engine.Container("test-web-1").Labels.Should().Contain("com.docker.compose.image", "sha256:feed");
    }
}
