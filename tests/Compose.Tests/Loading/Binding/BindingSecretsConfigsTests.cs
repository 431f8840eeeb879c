using Compose.Errors;
using Compose.Model;

namespace Compose.Tests.Loading.Binding;

public class BindingSecretsConfigsTests
{
    [Fact]
    public async Task Short_and_long_references_bind_with_octal_modes()
    {
        var project = await TestProjects.ProjectAsync("""
            services:
              web:
                image: x
                secrets:
                  - token
                  - {source: token, target: api, uid: "1000", gid: "1000", mode: 0440}
                configs:
                  - {source: app, target: /etc/app.conf, mode: "644"}
            secrets:
              token: {file: ./token.txt}
            configs:
              app: {content: "debug=true"}
            """);

        var web = project.Services["web"];
        web.Secrets.Should().Equal(
            new ServiceFileReference { Source = "token" },
            new ServiceFileReference { Source = "token", Target = "api", Uid = "1000", Gid = "1000", Mode = Convert.ToInt32("440", 8) });
        web.Configs.Should().Equal(new ServiceFileReference { Source = "app", Target = "/etc/app.conf", Mode = Convert.ToInt32("644", 8) });
        project.Secrets["token"].File.Should().Be(Path.Combine(project.WorkingDirectory, "token.txt"));
        project.Configs["app"].Content.Should().Be("debug=true");
    }

    [Fact]
    public async Task Environment_and_external_sources_bind_with_their_names()
    {
        var project = await TestProjects.ProjectAsync("""
            services:
              web: {image: x, secrets: [a, b, c]}
            secrets:
              a: {environment: API_KEY}
              b: {external: true}
              c: {external: {name: shared-c}}
            """);

        project.Secrets["a"].Should().Match<FileObject>(s => s.Environment == "API_KEY" && !s.External && s.Name == "test_a");
        project.Secrets["b"].Should().Match<FileObject>(s => s.External && s.Name == "b", "an external secret without a name is named by its key");
        project.Secrets["c"].Should().Match<FileObject>(s => s.External && s.Name == "shared-c");
    }

    [Theory]
    [InlineData("secrets:\n  s: {file: a, environment: B}\n", "compose.yaml:4:6: secrets.s: a secret takes only one of file, environment and external.")]
    [InlineData("secrets:\n  s: {labels: {a: b}}\n", "compose.yaml:4:6: secrets.s: a secret needs a source: file, environment or external: true.")]
    [InlineData("configs:\n  c: {content: x, file: y}\n", "compose.yaml:4:6: configs.c: a config takes only one of file, environment, content and external.")]
    [InlineData("secrets:\n  s: {content: x}\n", "compose.yaml:4:7: secrets.s.content: unknown key 'content'; remove it, or prefix it with x- to keep it as an extension.")]
    public async Task A_secret_or_config_needs_exactly_one_source(string section, string message)
    {
        var act = () => TestProjects.ProjectAsync("services:\n  web: {image: x}\n" + section);

        (await act.Should().ThrowAsync<ComposeFileException>()).WithMessage(message);
    }

    [Fact]
    public async Task An_undefined_secret_is_refused_at_its_entry()
    {
        var act = () => TestProjects.ProjectAsync("services:\n  web:\n    image: x\n    secrets:\n      - nope\n");

        (await act.Should().ThrowAsync<ComposeFileException>())
            .WithMessage("compose.yaml:5:9: services.web.secrets[0]: service \"web\" refers to undefined secret nope; declare it under the top-level secrets:.");
    }
}
