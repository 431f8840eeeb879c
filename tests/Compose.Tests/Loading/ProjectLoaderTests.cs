using Compose.Errors;
using Compose.Loading;
using Compose.Model;

namespace Compose.Tests.Loading;

public class ProjectLoaderTests
{
    [Fact]
    public async Task Loads_image_command_environment_and_ports()
    {
        var project = await TestProjects.ProjectAsync("""
            services:
              web:
                image: busybox:latest
                command: httpd -f -p 80
                environment:
                  - GREETING=hi
                  - EMPTY=
                ports:
                  - "127.0.0.1:8080:80"
            """);

        var web = project.Services["web"];
        web.Image.Should().Be("busybox:latest");
        web.Command.Should().Equal("httpd", "-f", "-p", "80");
        web.Environment.Should().Equal(new Dictionary<string, string?> { ["EMPTY"] = "", ["GREETING"] = "hi" });
        web.Ports.Should().ContainSingle().Which.Should().Be(new PortMapping { HostIp = "127.0.0.1", Published = "8080", Target = 80 });
    }

    [Fact]
    public async Task Every_service_joins_the_implicit_default_network()
    {
        var project = await TestProjects.ProjectAsync("services:\n  a:\n    image: x\n  b:\n    image: x\n");

        project.Networks.Should().ContainKey("default").WhoseValue.Name.Should().Be("test_default");
        project.Services.Values.Should().AllSatisfy(s => s.Networks.Keys.Should().Equal("default"));
    }

    [Fact]
    public async Task Interpolates_from_the_environment_then_dot_env()
    {
        var result = await TestProjects.LoadAsync(
            "services:\n  web:\n    image: ${IMAGE}\n    environment:\n      TAG: ${TAG}\n",
            new Dictionary<string, string> { ["TAG"] = "from-shell" },
            extraFiles: new Dictionary<string, string> { [".env"] = "IMAGE=from-dotenv\nTAG=from-dotenv\n" });

        result.Project.Services["web"].Image.Should().Be("from-dotenv");
        result.Project.Services["web"].Environment["TAG"].Should().Be("from-shell");
    }

    [Fact]
    public async Task Unset_variables_warn_once_each()
    {
        var result = await TestProjects.LoadAsync("services:\n  web:\n    image: busybox${NOPE}\n    command: echo ${NOPE}\n");

        result.Warnings.Should().Equal("The \"NOPE\" variable is not set. Defaulting to a blank string.");
        result.Project.Services["web"].Image.Should().Be("busybox");
    }

    [Fact]
    public async Task Bare_environment_names_come_from_the_shell_or_stay_unset()
    {
        var project = await TestProjects.ProjectAsync(
            "services:\n  web:\n    image: x\n    environment:\n      - FROM_SHELL\n      - MISSING\n",
            new Dictionary<string, string> { ["FROM_SHELL"] = "yes" });

        project.Services["web"].Environment.Should().Equal(new Dictionary<string, string?> { ["FROM_SHELL"] = "yes", ["MISSING"] = null });
    }

    [Fact]
    public async Task The_name_key_names_the_project()
    {
        var result = await TestProjects.LoadAsync("name: fromfile\nservices:\n  a:\n    image: x\n", projectName: null);

        result.Project.Name.Should().Be("fromfile");
        result.Project.Networks["default"].Name.Should().Be("fromfile_default");
    }

    [Theory]
    [InlineData("fromflag", null, "name: fromfile\n", "fromflag")]
    [InlineData(null, "fromenv", "name: fromfile\n", "fromenv")]
    [InlineData(null, null, "name: fromfile\n", "fromfile")]
    public async Task Files_see_the_project_name_as_COMPOSE_PROJECT_NAME(string? flag, string? environment, string header, string expected)
    {
        var variables = environment is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["COMPOSE_PROJECT_NAME"] = environment };

        var result = await TestProjects.LoadAsync(header + "services:\n  a:\n    image: x\n    container_name: ${COMPOSE_PROJECT_NAME}-a\n", variables, projectName: flag);

        result.Project.Name.Should().Be(expected);
        result.Project.Services["a"].ContainerName.Should().Be($"{expected}-a");
        result.Warnings.Should().NotContain(w => w.Contains("COMPOSE_PROJECT_NAME"), "the name is known, so the variable is not unset");
    }

    [Fact]
    public async Task COMPOSE_PROJECT_NAME_is_the_directory_name_when_nothing_else_names_the_project()
    {
        var result = await TestProjects.LoadAsync("services:\n  a:\n    image: x\n    labels: [\"project=${COMPOSE_PROJECT_NAME}\"]\n", projectName: null);

        result.Project.Services["a"].Labels["project"].Should().Be(result.Project.Name).And.StartWith("composectl-test-");
    }

    [Fact]
    public async Task Later_files_override_earlier_ones()
    {
        var directory = TestTemp.Directory("composectl-test-");
        await File.WriteAllTextAsync(Path.Combine(directory, "compose.yaml"), "services:\n  web:\n    image: a\n    environment:\n      A: 1\n      B: 1\n");
        await File.WriteAllTextAsync(Path.Combine(directory, "compose.override.yaml"), "services:\n  web:\n    image: b\n    environment:\n      B: 2\n");

        var project = (await ProjectLoader.LoadAsync(new LoadRequest { WorkingDirectory = directory, Environment = new Dictionary<string, string>() }, default)).Project;

        project.Services["web"].Image.Should().Be("b");
        project.Services["web"].Environment.Should().Equal(new Dictionary<string, string?> { ["A"] = "1", ["B"] = "2" });
        project.ConfigFiles.Select(Path.GetFileName).Should().Equal("compose.yaml", "compose.override.yaml");
    }

    [Fact]
    public async Task Unknown_keys_are_refused_with_a_suggestion_and_location()
    {
        var act = () => TestProjects.ProjectAsync("services:\n  web:\n    image: x\n    enviroment: {}\n");

        (await act.Should().ThrowAsync<ComposeFileException>())
            .WithMessage("compose.yaml:4:5: services.web.enviroment: unknown key 'enviroment'; did you mean 'environment'?");
    }

    [Fact]
    public async Task A_bad_port_names_the_place_and_the_value()
    {
        var act = () => TestProjects.ProjectAsync("services:\n  web:\n    image: x\n    ports:\n      - \"80a\"\n");

        (await act.Should().ThrowAsync<ComposeFileException>())
            .WithMessage("compose.yaml:5:9: services.web.ports[0]: '80a' is not a valid port: '80a' is not a valid container port (1-65535).");
    }

    [Fact]
    public async Task A_service_without_image_is_refused()
    {
        var act = () => TestProjects.ProjectAsync("services:\n  web:\n    command: x\n");

        (await act.Should().ThrowAsync<ComposeFileException>())
            .WithMessage("compose.yaml:2:3: services.web: service \"web\" has neither an image nor a build context specified; add image: (or build:).");
    }

    [Fact]
    public async Task Dependency_cycles_are_named()
    {
        var act = () => TestProjects.ProjectAsync("services:\n  a:\n    image: x\n    depends_on: [b]\n  b:\n    image: x\n    depends_on: [a]\n");

        (await act.Should().ThrowAsync<DependencyCycleException>()).Which.Cycle.Should().Equal("a", "b", "a");
    }

    [Fact]
    public async Task A_missing_file_is_a_clear_error()
    {
        var act = () => ProjectLoader.LoadAsync(new LoadRequest
        {
            WorkingDirectory = Path.GetTempPath(),
            Environment = new Dictionary<string, string>(),
            ConfigFiles = ["does-not-exist.yaml"],
        }, default);

        (await act.Should().ThrowAsync<ComposeException>()).WithMessage("*does-not-exist.yaml: no such compose file (from -f); check the path.");
    }

    [Fact]
    public async Task Files_are_discovered_in_parent_directories()
    {
        var directory = TestTemp.Directory("composectl-test-");
        await File.WriteAllTextAsync(Path.Combine(directory, "compose.yaml"), "services:\n  a:\n    image: x\n");
        var nested = Directory.CreateDirectory(Path.Combine(directory, "src", "deep")).FullName;

        var project = (await ProjectLoader.LoadAsync(new LoadRequest { WorkingDirectory = nested, Environment = new Dictionary<string, string>() }, default)).Project;

        project.WorkingDirectory.Should().Be(directory);
        project.Name.Should().Be(ProjectNameResolver.Normalize(Path.GetFileName(directory)));
    }

    [Fact]
    public async Task Compose_file_variable_lists_files()
    {
        var directory = TestTemp.Directory("composectl-test-");
        await File.WriteAllTextAsync(Path.Combine(directory, "one.yaml"), "services:\n  a:\n    image: one\n");
        await File.WriteAllTextAsync(Path.Combine(directory, "two.yaml"), "services:\n  a:\n    image: two\n");

        var project = (await ProjectLoader.LoadAsync(new LoadRequest
        {
            WorkingDirectory = directory,
            Environment = new Dictionary<string, string> { ["COMPOSE_FILE"] = "one.yaml:two.yaml" },
            ProjectName = "p",
        }, default)).Project;

        project.Services["a"].Image.Should().Be("two");
    }

    [Fact]
    public async Task A_value_interpolated_to_nothing_is_an_empty_string_not_a_missing_value()
    {
        var result = await TestProjects.LoadAsync("services:\n  web:\n    image: x\n    environment:\n      FOO: ${UNSET}\n      BAR: \"${UNSET}\"\n");

        result.Project.Services["web"].Environment.Should().Equal(new Dictionary<string, string?> { ["BAR"] = "", ["FOO"] = "" });
    }

    [Fact]
    public async Task Typed_fields_still_parse_interpolated_values()
    {
        var project = await TestProjects.ProjectAsync(
            "services:\n  web:\n    image: x\n    scale: ${N}\n    init: ${INIT}\n",
            new Dictionary<string, string> { ["N"] = "3", ["INIT"] = "true" });

        project.Services["web"].Replicas.Should().Be(3);
        project.Services["web"].Init.Should().BeTrue();
    }
}
