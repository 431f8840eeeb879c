using System.Collections.Immutable;
using Compose.Errors;
using Compose.Images;

namespace Compose.Tests.Images;

public sealed class BuildSpecFactoryTests : IDisposable
{
    private readonly List<BuildProject> _projects = [];

    public void Dispose() => _projects.ForEach(p => p.Dispose());

    private const string Dockerfile = "FROM busybox:latest\n";

    private async Task<PreparedBuild> PrepareAsync(string yaml, BuildOverrides? overrides = null, IReadOnlyDictionary<string, string>? environment = null, string service = "web")
    {
        var files = await BuildProject.CreateAsync(yaml, ("web/Dockerfile", Dockerfile), ("web/Dockerfile.dev", Dockerfile));
        _projects.Add(files);
        var project = await files.LoadAsync(environment);
        return BuildSpecFactory.Prepare(project, project.Services[service], overrides ?? BuildOverrides.None);
    }

    [Fact]
    public async Task The_spec_carries_the_build_section_with_the_project_and_service_labels()
    {
        var build = await PrepareAsync("""
            services:
              web:
                image: team/web:1
                build:
                  context: ./web
                  dockerfile: Dockerfile.dev
                  args: { VERSION: "${VERSION:-0}", EMPTY: "" }
                  target: runtime
                  labels: { org.example.team: core, com.docker.compose.project: spoofed }
                  tags: [team/web:latest, team/web:1]
                  network: host
                  extra_hosts: { registry: 10.0.0.5 }
                  shm_size: 64m
                  no_cache: true
                  pull: true
                  cache_from: [team/web:cache, "type=registry,ref=team/web:buildcache", "type=local,src=/tmp"]
            """, environment: new Dictionary<string, string> { ["VERSION"] = "7" });

        var spec = build.Spec;
        build.Reference.Should().Be("team/web:1");
        spec.Tags.Should().Equal("team/web:1", "team/web:latest");
        spec.Dockerfile.Should().Be("Dockerfile.dev");
        spec.BuildArgs.Should().Equal(new Dictionary<string, string> { ["EMPTY"] = "", ["VERSION"] = "7" });
        spec.Target.Should().Be("runtime");
        spec.Labels.Should().Equal(new Dictionary<string, string>
        {
            ["com.docker.compose.project"] = "demo",
            ["com.docker.compose.service"] = "web",
            ["org.example.team"] = "core",
        });
        (spec.NetworkMode, spec.ShmSize, spec.NoCache, spec.Pull).Should().Be(("host", 64L * 1024 * 1024, true, true));
        spec.ExtraHosts.Should().Equal("registry:10.0.0.5");
        spec.CacheFrom.Should().Equal("team/web:cache", "team/web:buildcache");
        build.ContextDirectory.Should().EndWith("/web");
        build.Warnings.Should().ContainSingle().Which.Should().Be(
            "services.web.build: cache_from entries other than images ignored: the engine's classic builder, which composectl drives, cannot do it.");
    }

    [Fact]
    public async Task Args_in_list_form_take_unset_values_from_the_shell_and_build_arg_flags_win()
    {
        const string Yaml = """
            services:
              web:
                build:
                  context: ./web
                  args: [FROM_SHELL, UNSET, "GIVEN=file", "KEPT=file"]
            """;
        var overrides = new BuildOverrides { Args = new Dictionary<string, string> { ["GIVEN"] = "flag" }.ToImmutableSortedDictionary() };

        var build = await PrepareAsync(Yaml, overrides, new Dictionary<string, string> { ["FROM_SHELL"] = "shell" });

        build.Reference.Should().Be("demo-web");
        build.Spec.BuildArgs.Should().Equal(new Dictionary<string, string> { ["FROM_SHELL"] = "shell", ["GIVEN"] = "flag", ["KEPT"] = "file" });
    }

    [Theory]
    [InlineData("secrets: [token]", "services.web.build.secrets: build secrets need BuildKit, which composectl does not drive*")]
    [InlineData("ssh: [default]", "services.web.build.ssh: forwarding SSH agents into a build needs BuildKit*")]
    [InlineData("additional_contexts: { base: ./web }", "services.web.build.additional_contexts: additional build contexts need BuildKit*")]
    [InlineData("platforms: [linux/amd64, linux/arm64]", "services.web.build.platforms: building for several platforms (linux/amd64, linux/arm64) needs BuildKit*")]
    [InlineData("dockerfile: Missing", "services.web.build.dockerfile: */web/Missing does not exist.")]
    public async Task What_the_classic_builder_cannot_do_is_refused_with_the_key_path(string setting, string message)
    {
        var yaml = $$"""
            secrets:
              token: { environment: HOME }
            services:
              web:
                build:
                  context: ./web
                  {{setting}}
            """;

        var act = () => PrepareAsync(yaml);

        await act.Should().ThrowAsync<ComposeException>().WithMessage(message);
    }

    [Fact]
    public async Task One_platform_is_built_the_services_own_when_it_names_one()
    {
        var single = await PrepareAsync("services: { web: { build: { context: ./web, platforms: [linux/arm64] } } }");
        var chosen = await PrepareAsync("services: { web: { platform: linux/amd64, build: { context: ./web, platforms: [linux/amd64, linux/arm64] } } }");

        single.Spec.Platform.Should().Be("linux/arm64");
        chosen.Spec.Platform.Should().Be("linux/amd64");
    }

    [Fact]
    public async Task A_remote_context_is_left_to_the_engine_and_a_missing_local_one_is_an_error()
    {
        var remote = await PrepareAsync("services: { web: { build: https://github.com/example/app.git#main } }");
        var missing = () => PrepareAsync("services: { web: { build: ./nowhere } }");

        remote.ContextDirectory.Should().BeNull();
        remote.Spec.RemoteContext.Should().Be("https://github.com/example/app.git#main");
        await missing.Should().ThrowAsync<ComposeException>().WithMessage("services.web.build.context: the build context */nowhere does not exist or is not a directory.");
    }

    [Fact]
    public async Task An_inline_dockerfile_needs_no_file_and_settings_only_buildkit_has_are_named_in_one_warning()
    {
        var build = await PrepareAsync("""
            services:
              web:
                build:
                  context: ./web
                  dockerfile_inline: "FROM busybox:latest\nRUN true\n"
                  cache_to: [type=inline]
                  privileged: true
            """);

        build.DockerfileInline.Should().Be("FROM busybox:latest\nRUN true\n");
        build.Warnings.Should().Equal("services.web.build: cache_to, privileged ignored: the engine's classic builder, which composectl drives, cannot do them.");
    }
}
