using Compose.IntegrationTests.Infrastructure;

namespace Compose.IntegrationTests.Lifecycle;

/// <summary>What up and down do to volumes, on the real engine: data is never lost by accident.</summary>
public sealed class VolumeTests() : StackTestBase("volumes")
{
    private readonly string _external = TestNames.UniqueProject("external");
    private readonly string _otherProject = TestNames.UniqueProject("bystander");
    private TestImage? _withVolume;

    private string Stack(string value = "1") => $$"""
        services:
          db:
            image: {{_withVolume!.Tag}}
            command: {{Idle}}
            environment: {VERSION: "{{value}}"}
            volumes: ["data:/named", "shared:/shared"]
        volumes:
          data: {}
          shared:
            external: true
            name: {{_external}}
        """;

    [DockerFact]
    public async Task A_recreated_container_keeps_its_anonymous_volume_data_unless_renewed()
    {
        await WriteAsync(Stack());
        await OkAsync("up", "-d");
        await DockerCli.OkAsync("exec", $"{Project}-db-1", "sh", "-c", "echo kept > /data/file");

        await WriteAsync(Stack("2"));
        await OkAsync("up", "-d");
        var carried = await DockerCli.RunAsync("exec", $"{Project}-db-1", "cat", "/data/file");
        await OkAsync("up", "-d", "--force-recreate", "-V");
        var renewed = await DockerCli.RunAsync("exec", $"{Project}-db-1", "cat", "/data/file");

        carried.Trimmed.Should().Be("kept");
        renewed.ExitCode.Should().NotBe(0, "-V gives the new container a fresh anonymous volume");
    }

    [DockerFact]
    public async Task Down_without_v_keeps_volumes_and_with_v_removes_the_projects_own_but_not_external_or_other_projects()
    {
        await WriteAsync(Stack());
        await OkAsync("up", "-d");
        var first = await InspectAsync($"{Project}-db-1", "{{range .Mounts}}{{if eq .Destination \"/data\"}}{{.Name}}{{end}}{{end}}");

        await OkAsync("down");
        var afterDown = await VolumesAsync();
        await DockerCli.OkAsync("volume", "rm", first);
        await OkAsync("up", "-d");
        var second = await InspectAsync($"{Project}-db-1", "{{range .Mounts}}{{if eq .Destination \"/data\"}}{{.Name}}{{end}}{{end}}");
        await OkAsync("down", "-v");
        var afterDownV = await VolumesAsync();

        afterDown.Should().Contain([$"{Project}_data", first, _external, $"{_otherProject}_data"], "down without -v removes no volume");
        afterDownV.Should().NotContain([$"{Project}_data", second]).And.Contain([_external, $"{_otherProject}_data"]);
    }

    private async Task<IReadOnlyList<string>> VolumesAsync() =>
        (await DockerCli.OkAsync("volume", "ls", "--format", "{{.Name}}")).Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public override async Task InitializeAsync()
    {
        _withVolume = await TestImage.BuildAsync("withvolume", "VOLUME /data");
        await DockerCli.OkAsync("volume", "create", _external);
        await DockerCli.OkAsync("volume", "create", "--label", $"com.docker.compose.project={_otherProject}", "--label", "com.docker.compose.volume=data", $"{_otherProject}_data");
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await DockerCli.RunAsync("volume", "rm", "-f", _external, $"{_otherProject}_data");
        if (_withVolume is not null)
        {
            await _withVolume.DisposeAsync();
        }
    }
}
