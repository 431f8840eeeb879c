using System.Net;
using System.Text.Json;
using Compose.IntegrationTests.Images;
using Compose.IntegrationTests.Infrastructure;

namespace Compose.IntegrationTests.Webapp;

/// <summary>
/// The CI workflow on the webapp example (nginx → app → PostgreSQL and Redis, real servers): <c>up -d --wait</c>,
/// tests against the published loopback ports, restarts that keep the data, <c>down -v</c> that removes it.
/// </summary>
[Collection(LocalImagesCollection.Name)]
public sealed class WebappStackTests : IAsyncLifetime
{
    private static readonly string[] Services = ["db", "redis", "app", "proxy"];

    private readonly WebappStack _stack = new();

    [DockerFact]
    public async Task Up_wait_returns_a_healthy_stack_whose_database_cache_and_proxy_answer_on_loopback_ports()
    {
        var up = await _stack.OkAsync("up", "-d", "--wait");

        up.Error.Should().NotContain(_stack.Password, "secret values are never printed");
        foreach (var service in Services)
        {
            (await HealthAsync(service)).Should().Be("healthy", $"up --wait returned, so {service} is healthy");
        }

        (await DockerCli.OkAsync("port", _stack.Container("db"), "5432/tcp")).Should().Be($"127.0.0.1:{_stack.DatabasePort}");
        (await DockerCli.OkAsync("port", _stack.Container("redis"), "6379/tcp")).Should().Be($"127.0.0.1:{_stack.RedisPort}");
        (await DockerCli.OkAsync("port", _stack.Container("proxy"), "80/tcp")).Should().Be($"127.0.0.1:{_stack.HttpPort}");

        (await _stack.Database.OkAsync("INSERT INTO messages (body) VALUES ('written by the test') RETURNING body")).Should().Be("written by the test");
        (await _stack.Database.OkAsync("SELECT count(*) FROM messages")).Should().Be("2", "the init script's row and ours");
        (await _stack.Redis.RunAsync("PING")).Trimmed.Should().Be("PONG");

        var first = await PageAsync();
        var second = await PageAsync();
        first.GetProperty("postgres").GetProperty("latest").GetString().Should().Be("written by the test", "the app read our row from PostgreSQL");
        first.GetProperty("postgres").GetProperty("messages").GetInt32().Should().Be(2);
        (first.GetProperty("redis").GetProperty("hits").GetInt32(), second.GetProperty("redis").GetProperty("hits").GetInt32())
            .Should().Be((1, 2), "each request through the proxy counts a hit in Redis");
        (await _stack.Redis.RunAsync("GET", "webapp:hits")).Trimmed.Should().Be("2", "the app uses the Redis the tests reach");
    }

    [DockerFact]
    public async Task Rows_survive_restart_and_down_then_up_and_down_v_removes_the_database_volume()
    {
        await _stack.OkAsync("up", "-d", "--wait");
        await _stack.Database.OkAsync("INSERT INTO messages (body) VALUES ('kept')");
        var database = await DockerCli.OkAsync("inspect", _stack.Container("db"), "--format", "{{.Id}} {{.State.StartedAt}}");

        await _stack.OkAsync("restart");
        var afterRestart = await _stack.OkAsync("up", "-d", "--wait");

        afterRestart.Error.Should().NotContain("Recreate").And.NotContain("Creating", "restart changes no container, so up only waits");
        var restarted = await DockerCli.OkAsync("inspect", _stack.Container("db"), "--format", "{{.Id}} {{.State.StartedAt}}");
        restarted.Split(' ')[0].Should().Be(database.Split(' ')[0]);
        restarted.Split(' ')[1].Should().NotBe(database.Split(' ')[1], "the database was restarted");
        (await _stack.Database.OkAsync("SELECT body FROM messages ORDER BY id")).Should().Be("hello from the init script\nkept");

        await _stack.OkAsync("down");
        (await DockerCli.OkAsync("volume", "inspect", _stack.VolumeName, "--format", "{{.Name}}")).Should().Be(_stack.VolumeName, "down without -v keeps named volumes");
        await _stack.OkAsync("up", "-d", "--wait");
        (await _stack.Database.OkAsync("SELECT body FROM messages ORDER BY id")).Should().Be("hello from the init script\nkept", "a new container on the kept volume does not initialise again");
        (await PageAsync()).GetProperty("postgres").GetProperty("latest").GetString().Should().Be("kept");

        await _stack.OkAsync("down", "-v");
        (await DockerCli.RunAsync("volume", "inspect", _stack.VolumeName)).ExitCode.Should().NotBe(0, "down -v removes the database volume");
        (await DockerCli.ProjectResourcesAsync(_stack.Project)).Should().BeEmpty();
    }

    private async Task<string> HealthAsync(string service) =>
        await DockerCli.OkAsync("inspect", _stack.Container(service), "--format", "{{.State.Health.Status}}");

    /// <summary>The app's page, fetched through nginx.</summary>
    private async Task<JsonElement> PageAsync()
    {
        using var response = await _stack.GetAsync("/");
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        response.Headers.Server.ToString().Should().Be("nginx", "the page comes through the proxy");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _stack.DisposeAsync();
}
