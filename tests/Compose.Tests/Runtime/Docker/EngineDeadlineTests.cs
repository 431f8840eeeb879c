using Compose.Runtime;
using Compose.Runtime.Docker;
using Compose.Runtime.Errors;

namespace Compose.Tests.Runtime.Docker;

/// <summary>
/// Which requests wait for the engine for a bounded time and which do not, against a scripted engine on a real socket:
/// a small request the engine never answers fails naming the operation and the limit; streams and a stop's grace
/// period are not cut by it.
/// </summary>
public sealed class EngineDeadlineTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMilliseconds(500);

    /// <summary>For the answers that must outlast the limit: long enough that the version negotiation before them (on a
    /// loaded machine, with tests in parallel) never meets it.</summary>
    private static readonly TimeSpan RoomyLimit = TimeSpan.FromSeconds(5);

    [Fact]
    public void Small_requests_get_the_limit_streams_none_and_a_stop_its_grace_period_first()
    {
        var limit = TimeSpan.FromSeconds(120);

        EngineWait.Answer.Deadline(limit).Should().Be(limit);
        new EngineRequest(HttpMethod.Get, "/containers/json", "list containers", null).Wait.Deadline(limit).Should().Be(limit);
        EngineWait.Stream.Deadline(limit).Should().BeNull();
        EngineWait.ForStop(TimeSpan.FromSeconds(30)).Deadline(limit).Should().Be(TimeSpan.FromSeconds(150));
        EngineWait.ForStop(null).Deadline(limit).Should().BeNull("the container's own stop_grace_period applies, which the client does not know");
        EngineWait.Answer.Deadline(Timeout.InfiniteTimeSpan).Should().BeNull("0 turns the limit off");
    }

    [Fact]
    public async Task A_request_the_engine_never_answers_fails_naming_the_operation_and_the_limit()
    {
        await using var engine = new ScriptedEngine((_, _, stop) => ScriptedEngine.FreezeAsync(stop));
        await using var runtime = Runtime(engine);

        var inspect = () => runtime.InspectContainerAsync("web-1", CancellationToken.None);

        var error = (await inspect.Should().ThrowAsync<EngineTimeoutException>()).Which;
        error.Message.Should().StartWith("inspect container web-1: the engine did not answer within 500 ms")
            .And.Contain("COMPOSE_ENGINE_TIMEOUT");
        error.Limit.Should().Be(Limit);
    }

    [Fact]
    public async Task An_engine_frozen_before_its_first_answer_fails_the_request_that_waited_for_it()
    {
        await using var engine = new ScriptedEngine((_, _, stop) => ScriptedEngine.FreezeAsync(stop), freezeOnPing: true);
        await using var runtime = Runtime(engine);

        var list = () => runtime.ListContainersAsync(new LabelFilter([]), all: true, CancellationToken.None);

        (await list.Should().ThrowAsync<EngineTimeoutException>()).Which.Message.Should().StartWith("list containers: the engine did not answer within 500 ms");
    }

    [Fact]
    public async Task A_container_wait_answered_after_the_limit_is_not_cut()
    {
        await using var engine = new ScriptedEngine(async (path, socket, stop) =>
        {
            // Docker sends the headers at once and the body when the container exits.
            await ScriptedEngine.SendAsync(socket, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
            await Task.Delay(RoomyLimit + TimeSpan.FromSeconds(1), stop);
            const string body = "{\"StatusCode\":3}";
            await ScriptedEngine.SendAsync(socket, $"{body.Length:x}\r\n{body}\r\n0\r\n\r\n");
            return true;
        });
        await using var runtime = Runtime(engine, RoomyLimit);

        var exit = await runtime.WaitContainerAsync("job-1", WaitCondition.NotRunning, CancellationToken.None);

        exit.ExitCode.Should().Be(3);
    }

    [Fact]
    public async Task A_stop_may_take_its_grace_period_before_the_engine_answers()
    {
        await using var engine = new ScriptedEngine(async (path, socket, stop) =>
        {
            await Task.Delay(RoomyLimit + TimeSpan.FromSeconds(1), stop);
            await ScriptedEngine.SendAsync(socket, "HTTP/1.1 204 No Content\r\n\r\n");
            return true;
        });
        await using var runtime = Runtime(engine, RoomyLimit);

        var stop = () => runtime.StopContainerAsync("web-1", TimeSpan.FromSeconds(10), CancellationToken.None);

        await stop.Should().NotThrowAsync();
    }

    [Fact]
    public async Task The_callers_own_cancellation_stays_a_cancellation()
    {
        await using var engine = new ScriptedEngine((_, _, stop) => ScriptedEngine.FreezeAsync(stop));
        await using var runtime = new DockerRuntime(new DockerClientOptions { Endpoint = DockerEndpoint.Parse(engine.Host), RequestTimeout = TimeSpan.FromMinutes(5) });
        using var interrupt = new CancellationTokenSource(Limit);

        var inspect = () => runtime.InspectContainerAsync("web-1", interrupt.Token);

        await inspect.Should().ThrowAsync<OperationCanceledException>();
    }

    private static DockerRuntime Runtime(ScriptedEngine engine, TimeSpan? limit = null) =>
        new(new DockerClientOptions { Endpoint = DockerEndpoint.Parse(engine.Host), RequestTimeout = limit ?? Limit });
}
