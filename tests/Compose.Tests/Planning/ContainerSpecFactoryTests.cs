using Compose.Planning;

namespace Compose.Tests.Planning;

public class ContainerSpecFactoryTests
{
    [Fact]
    public async Task Names_and_labels_match_docker_compose()
    {
        var project = await TestProjects.ProjectAsync("services:\n  web:\n    image: busybox\n    labels:\n      mine: yes\n");

        var spec = ContainerSpecFactory.Create(project, project.Services["web"], 2, "abc");

        spec.Name.Should().Be("test-web-2");
        spec.Labels.Should().Contain(new Dictionary<string, string>
        {
            ["com.docker.compose.project"] = "test",
            ["com.docker.compose.service"] = "web",
            ["com.docker.compose.container-number"] = "2",
            ["com.docker.compose.oneoff"] = "False",
            ["com.docker.compose.config-hash"] = "abc",
            ["com.docker.compose.project.working_dir"] = project.WorkingDirectory,
            ["com.docker.compose.project.config_files"] = project.ConfigFiles.Single(),
            ["mine"] = "yes",
        });
        spec.Networks.Should().ContainSingle().Which.Should().Match<Compose.Runtime.NetworkAttachment>(n => n.NetworkName == "test_default" && n.Aliases.Contains("web"));
    }

    [Fact]
    public async Task Container_name_overrides_the_generated_one()
    {
        var project = await TestProjects.ProjectAsync("services:\n  web:\n    image: busybox\n    container_name: custom\n");

        ContainerSpecFactory.Create(project, project.Services["web"], 1, "h").Name.Should().Be("custom");
    }
}
