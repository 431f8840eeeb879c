using System.Net;
using Compose.Runtime;
using Compose.Runtime.Docker;
using Compose.Runtime.Errors;

namespace Compose.Tests.Cli;

/// <summary>
/// After the engine died or restarted mid-start, containerd can hold a task for a container that never ran ("task ID:
/// already exists" on every start, until the container is removed): the next <c>up</c> removes it, makes it again and
/// starts it, instead of failing on every retry.
/// </summary>
public sealed class StaleTaskTests : IDisposable
{
    private const string Stack = """
        services:
          db:
            image: busybox
            volumes: [/data]
          web:
            image: busybox
            depends_on: [db]
        """;

    private readonly string _directory = TestTemp.Directory("composectl-stale-");
    private readonly FakeContainerRuntime _engine = new() { Clock = new ManualTimeProvider() };

    [Theory]
    [InlineData("create")]
    [InlineData("stop")]
    public async Task Up_recreates_a_stopped_container_whose_engine_task_is_stale_and_starts_it(string before)
    {
        (await RunAsync("up", "-d")).ExitCode.Should().Be(0);
        if (before == "create")
        {
            (await RunAsync("down")).ExitCode.Should().Be(0);
            (await RunAsync("create")).ExitCode.Should().Be(0);
        }
        else
        {
            (await RunAsync("stop")).ExitCode.Should().Be(0);
        }

        var old = _engine.Container("demo-db-1");
        _engine.StaleTask("demo-db-1");
        var mark = _engine.Calls.Count;

        var up = await RunAsync("up", "-d", "--progress", "plain");

        up.ExitCode.Should().Be(0, up.Error);
        up.Error.Should().Contain("the engine still holds a task from before it stopped").And.Contain("recreating the container");
        var db = _engine.Container("demo-db-1");
        db.Id.Should().NotBe(old.Id);
        db.State.Should().Be(ContainerState.Running);
        _engine.Container("demo-web-1").State.Should().Be(ContainerState.Running, "web started after the recreated db");
        _engine.CallTexts.Skip(mark).Should().ContainInOrder("remove container demo-db-1", "create container demo-db-1", "start container demo-db-1", "start container demo-web-1");
        old.Mounts.Should().ContainSingle();
        db.Mounts.Select(m => m.Name).Should().Equal(old.Mounts.Select(m => m.Name), "the anonymous volume is kept");
    }

    [Theory]
    [InlineData("task 3be73ad33c96: already exists")]
    [InlineData("id already in use")]
    [InlineData("OCI runtime create failed: container with id exists: 4911e3a3407a: unknown")]
    public void The_engines_stale_task_answers_are_told_apart(string message)
    {
        var error = DockerErrorMapper.Map(HttpStatusCode.InternalServerError, $$"""{"message":"{{message}}"}""", "start container", "db");

        error.Should().BeOfType<StaleTaskException>();
    }

    private async Task<CliRunner.Result> RunAsync(params string[] args)
    {
        await File.WriteAllTextAsync(Path.Combine(_directory, "compose.yaml"), Stack);
        return await CliRunner.RunAsync(_directory, null, _engine, null, ["-p", "demo", .. args]);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
