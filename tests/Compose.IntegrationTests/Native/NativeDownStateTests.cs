namespace Compose.IntegrationTests.Native;

/// <summary>What <c>down</c> leaves of a project under the state root: what a kept named volume needs, then, after <c>down -v</c>, nothing.</summary>
[Collection(NativeCollection.Name)]
public sealed class NativeDownStateTests : IDisposable
{
    private readonly NativeCliScope _cli = new("ndown");

    [NativeFact]
    public async Task Down_keeps_the_project_s_files_for_its_named_volume_and_down_v_removes_every_file_of_the_project()
    {
        var before = await HostSnapshot.TakeAsync();
        await _cli.SeedBusyboxAsync();
        await _cli.WriteAsync("compose.yaml", """
            services:
              app:
                image: busybox:latest
                command: ["sh", "-c", "echo kept > /data/file; exec sleep 300"]
                volumes: [data:/data]
                stop_grace_period: 1s
            volumes:
              data: {}
            """);
        await _cli.OkAsync("up", "-d");
        var subnets = NativeLeaks.Subnets(_cli.Root);
        var project = Path.Combine(_cli.Root.Projects, _cli.Project);
        File.Exists(Path.Combine(project, "events.jsonl")).Should().BeTrue("the project's events are logged while it is up");

        await _cli.OkAsync("down");

        Directory.EnumerateDirectories(_cli.Root.Volumes).Select(Path.GetFileName).Should().Equal($"{_cli.Project}_data");
        File.ReadAllText(Path.Combine(_cli.Root.Volumes, $"{_cli.Project}_data", "_data", "file")).Should().Be("kept\n");
        File.Exists(Path.Combine(project, "events.jsonl")).Should().BeTrue("the kept volume is still the project's, and so are its events");
        await _cli.OkAsync("down", "-v");
        await NativeLeaks.AssertNoneAsync(_cli.Root, _cli.Project, before, subnets);
    }

    public void Dispose() => _cli.Dispose();
}
