using Compose.Errors;

namespace Compose.Tests.Loading.Binding;

public class BindingErrorsTests
{
    [Theory]
    [InlineData("services:\n  web:\n    imgae: x\n", "compose.yaml:3:5: services.web.imgae: unknown key 'imgae'; did you mean 'image'?")]
    [InlineData("servics:\n  web: {}\n", "compose.yaml:1:1: servics: unknown key 'servics'; did you mean 'services'?")]
    [InlineData("services:\n  web:\n    image: x\n    ports: \"80:80\"\n", "compose.yaml:4:12: services.web.ports: must be a list, found '80:80'.")]
    [InlineData("services:\n  web:\n    image: x\n    tty: maybe\n", "compose.yaml:4:10: services.web.tty: 'maybe' is not a boolean; use true or false.")]
    [InlineData("services:\n  web:\n    image: [x]\n", "compose.yaml:3:12: services.web.image: must be a string, found a sequence.")]
    [InlineData("services:\n  web app:\n    image: x\n", "compose.yaml:2:3: services.web app: 'web app' is not a valid name; use letters, digits, '.', '_' and '-'.")]
    [InlineData("services:\n  web: x\n", "compose.yaml:2:8: services.web: must be a mapping, found 'x'.")]
    [InlineData("services:\n  web:\n    image: x\n    extends: base\n", "compose.yaml:4:14: services.web.extends: cannot extend service \"base\": no such service in this file.")]
    public async Task Type_and_key_errors_name_the_line_the_path_and_the_fix(string yaml, string message)
    {
        var act = () => TestProjects.ProjectAsync(yaml);

        (await act.Should().ThrowAsync<ComposeFileException>()).WithMessage(message);
    }

    [Fact]
    public async Task Extension_fields_are_kept_at_the_top_level_and_in_resources_and_services()
    {
        var project = await TestProjects.ProjectAsync("""
            x-common: &common {restart: always}
            services:
              web:
                image: x
                x-team: core
                build: {context: ., x-ignored: true}
                networks: [front]
                volumes: [data:/data]
            networks:
              front: {x-zone: a}
            volumes:
              data: {x-backup: daily}
            """);

        project.Extensions.Should().ContainKey("x-common");
        project.Services["web"].Extensions.Should().Equal(new Dictionary<string, object?> { ["x-team"] = "core" });
        project.Networks["front"].Extensions.Should().ContainKey("x-zone");
        project.Volumes["data"].Extensions.Should().ContainKey("x-backup");
    }

    [Fact]
    public async Task The_version_key_is_accepted_and_ignored_with_a_notice()
    {
        var result = await TestProjects.LoadAsync("version: '3.9'\nservices:\n  web: {image: x}\n");

        result.Warnings.Should().ContainSingle().Which.Should().Contain("`version` is obsolete");
        result.Project.Services.Should().ContainKey("web");
    }
}
