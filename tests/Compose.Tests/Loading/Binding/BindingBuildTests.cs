using Compose.Errors;
using Compose.Model;

namespace Compose.Tests.Loading.Binding;

public class BindingBuildTests
{
    [Fact]
    public async Task A_context_string_is_made_absolute_with_the_default_dockerfile()
    {
        var project = await TestProjects.ProjectAsync("services:\n  web:\n    build: ./app\n");

        project.Services["web"].Build.Should().BeEquivalentTo(new ServiceBuild { Context = Path.Combine(project.WorkingDirectory, "app"), Dockerfile = "Dockerfile" });
        project.Services["web"].ImageName(project.Name).Should().Be("test-web", "a built image is named <project>-<service>");
    }

    [Fact]
    public async Task The_long_form_binds_args_contexts_ssh_secrets_and_sizes()
    {
        var project = await TestProjects.ProjectAsync("""
            services:
              web:
                build:
                  context: https://github.com/org/repo.git#main
                  dockerfile_inline: FROM busybox
                  args: [PLAIN=1, FROM_SHELL, MISSING]
                  ssh: {default: "", key: /k}
                  additional_contexts: {local: ./lib, image: docker-image://alpine, base: service:base}
                  secrets: [token]
                  shm_size: 1g
                  no_cache: true
                  platforms: [linux/amd64]
                  tags: [x:1]
            secrets:
              token:
                environment: TOKEN
            """, new Dictionary<string, string> { ["FROM_SHELL"] = "shell", ["TOKEN"] = "t" });

        var build = project.Services["web"].Build!;
        build.Context.Should().Be("https://github.com/org/repo.git#main", "remote contexts are kept as written");
        build.Dockerfile.Should().BeNull("an inline Dockerfile replaces the default");
        build.Args.Should().Equal(
            new Dictionary<string, string?> { ["FROM_SHELL"] = "shell", ["PLAIN"] = "1" },
            "a bare arg set nowhere is dropped, as compose-go's normalize does (the Dockerfile's default applies)");
        build.Ssh.Should().Equal("default", "key=/k");
        build.AdditionalContexts.Should().Equal(new Dictionary<string, string>
        {
            ["base"] = "service:base", ["image"] = "docker-image://alpine", ["local"] = Path.Combine(project.WorkingDirectory, "lib"),
        });
        build.Secrets.Should().Equal(new ServiceFileReference { Source = "token" });
        build.ShmSize.Should().Be(1024L * 1024 * 1024);
        build.NoCache.Should().BeTrue();
        build.Tags.Should().Equal("x:1");
    }

    [Fact]
    public async Task Unknown_build_keys_get_a_suggestion()
    {
        var act = () => TestProjects.ProjectAsync("services:\n  web:\n    build:\n      contxt: .\n");

        (await act.Should().ThrowAsync<ComposeFileException>())
            .WithMessage("compose.yaml:4:7: services.web.build.contxt: unknown key 'contxt'; did you mean 'context'?");
    }

    [Fact]
    public async Task A_build_secret_must_be_declared()
    {
        var act = () => TestProjects.ProjectAsync("services:\n  web:\n    build:\n      context: .\n      secrets: [nope]\n");

        (await act.Should().ThrowAsync<ComposeFileException>())
            .WithMessage("compose.yaml:5:17: services.web.build.secrets[0]: service \"web\" refers to undefined secret nope; declare it under the top-level secrets:.");
    }
}
