using System.Collections.Immutable;
using Compose.TestSupport.Fakes;

namespace Compose.Tests.Conformance;

/// <summary>
/// Resources no enabled service uses leave the project unless <c>--all-resources</c> (issue 14, item 5). docker
/// compose applies compose-go's <c>WithoutUnnecessaryResources</c> (types/project.go) in every command's
/// <c>ToProject</c>, after the services named on the command line are selected; <c>--all-resources</c> is a flag of
/// the root command there (<c>docker compose --all-resources up</c>, its e2e <c>TestUpWithAllResources</c>).
/// </summary>
public class UnusedResourceParityTests
{
    private readonly FakeContainerRuntime _engine = new() { Clock = new ManualTimeProvider() };

    [CorpusFact]
    public async Task A_file_of_resources_alone_prints_them_only_with_all_resources_before_or_after_config()
    {
        var directory = Corpus.File("compose-e2e", "testdata", "TestUpWithAllResources");

        var pruned = await CliRunner.RunAsync(directory, null, ["-p", "all", "config"]);
        var before = await CliRunner.RunAsync(directory, null, ["-p", "all", "--all-resources", "config"]);
        var after = await CliRunner.RunAsync(directory, null, ["-p", "all", "config", "--all-resources"]);

        pruned.Out.Should().Be("name: all\nservices: {}\n", pruned.Error);
        before.Out.Should().Be("name: all\nservices: {}\nnetworks:\n  my_net:\n    name: all_my_net\nvolumes:\n  my_vol:\n    name: all_my_vol\n", before.Error);
        after.Out.Should().Be(before.Out);
    }

    [Fact]
    public async Task What_only_an_inactive_profile_or_an_unselected_service_uses_is_left_out()
    {
        var directory = await WriteAsync("""
            services:
              web: {image: x, networks: [front], volumes: ["data:/data"], secrets: [token], build: {context: ., secrets: [build_token]}}
              api: {image: x, networks: [back], configs: [settings], models: [llm]}
              debug: {image: x, profiles: [debug], volumes: ["scratch:/s"]}
            networks: {front: {}, back: {}, spare: {}}
            volumes: {data: {}, scratch: {}, spare: {}}
            secrets: {token: {file: ./t}, build_token: {file: ./t}, spare: {file: ./t}}
            configs: {settings: {content: x}, spare: {content: x}}
            models: {llm: {model: ai/x}, spare: {model: ai/y}}
            """);

        var all = await CliRunner.RunAsync(directory, null, ["-p", "demo", "config", "--networks"]);
        var volumes = await CliRunner.RunAsync(directory, null, ["-p", "demo", "config", "--volumes"]);
        var web = await CliRunner.RunAsync(directory, null, ["-p", "demo", "config", "web"]);

        all.Out.Should().Be("back\nfront\n", all.Error);
        volumes.Out.Should().Be("data\n", "scratch is used by a service of an inactive profile only");
        web.Out.Should().Contain("networks:\n  front:").And.Contain("secrets:\n  build_token:").And.Contain("  token:\n")
            .And.NotContain("back").And.NotContain("settings").And.NotContain("llm").And.NotContain("spare");
    }

    [Fact]
    public async Task Up_creates_unused_networks_and_volumes_only_with_all_resources_and_down_removes_them()
    {
        var directory = await WriteAsync("services:\n  web:\n    image: busybox\nnetworks:\n  spare: {}\nvolumes:\n  spare: {}\n");

        (await RunAsync(directory, "up", "-d")).ExitCode.Should().Be(0);
        var networksAfterUp = _engine.Networks.Select(n => n.Name).ToList();
        var volumesAfterUp = _engine.Volumes.Select(v => v.Name).ToList();
        (await RunAsync(directory, "--all-resources", "up", "-d")).ExitCode.Should().Be(0);
        var networksAfterAll = _engine.Networks.Select(n => n.Name).Order().ToList();
        var volumesAfterAll = _engine.Volumes.Select(v => v.Name).ToList();
        var down = await RunAsync(directory, "down", "-v");

        networksAfterUp.Should().Equal("demo_default");
        volumesAfterUp.Should().BeEmpty();
        networksAfterAll.Should().Equal("demo_default", "demo_spare");
        volumesAfterAll.Should().Equal("demo_spare");
        down.ExitCode.Should().Be(0, down.Error);
        (_engine.Networks.Count, _engine.Volumes.Count).Should().Be((0, 0), "down sees every declared resource, so nothing an earlier up made is left");
    }

    private async Task<CliRunner.Result> RunAsync(string directory, params string[] args) =>
        await CliRunner.RunAsync(directory, null, _engine, null, ["-p", "demo", .. args]);

    private static async Task<string> WriteAsync(string yaml)
    {
        var directory = TestTemp.Directory("composectl-unused-");
        await File.WriteAllTextAsync(Path.Combine(directory, "compose.yaml"), yaml);
        await File.WriteAllTextAsync(Path.Combine(directory, "t"), "secret");
        return directory;
    }
}
