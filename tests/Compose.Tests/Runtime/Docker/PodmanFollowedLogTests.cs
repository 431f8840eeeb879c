using System.Net.Sockets;
using System.Text;
using Compose.Runtime;
using Compose.Runtime.Docker;

namespace Compose.Tests.Runtime.Docker;

/// <summary>
/// Podman 4.3 can end a followed log at the container's exit before its last lines: the driver reads the log once
/// more without following and yields what the followed stream left out (docs/runtime.md, the Podman table).
/// </summary>
public sealed class PodmanFollowedLogTests
{
    [Fact]
    public async Task Lines_a_followed_stream_left_out_at_the_exit_come_from_a_second_read()
    {
        var logRequests = 0;
        await using var engine = Podman(async (path, socket, stop) => path.EndsWith("/containers/talker/logs", StringComparison.Ordinal)
            ? await LogAsync(socket, Interlocked.Increment(ref logRequests) == 1 ? "hello\n" : "hello\nbye\n")
            : await ScriptedEngine.FreezeAsync(stop));
        await using var runtime = Runtime(engine);

        var lines = await ReadAsync(runtime, new LogOptions { Follow = true, Tty = false });

        lines.Should().Equal("hello", "bye");
        logRequests.Should().Be(2, "the followed read, then one without following");
    }

    [Fact]
    public async Task A_container_removed_before_the_second_read_ends_the_log_without_an_error()
    {
        var logRequests = 0;
        await using var engine = Podman(async (path, socket, stop) => !path.EndsWith("/containers/talker/logs", StringComparison.Ordinal)
            ? await ScriptedEngine.FreezeAsync(stop)
            : Interlocked.Increment(ref logRequests) == 1 ? await LogAsync(socket, "hello\n")
            : await NotFoundAsync(socket));
        await using var runtime = Runtime(engine);

        var lines = await ReadAsync(runtime, new LogOptions { Follow = true, Tty = false });

        lines.Should().Equal("hello");
    }

    [Fact]
    public async Task A_tail_window_is_not_read_again()
    {
        var logRequests = 0;
        await using var engine = Podman(async (path, socket, stop) => path.EndsWith("/containers/talker/logs", StringComparison.Ordinal)
            ? await LogAsync(socket, Interlocked.Increment(ref logRequests) == 1 ? "hello\n" : "hello\nbye\n")
            : await ScriptedEngine.FreezeAsync(stop));
        await using var runtime = Runtime(engine);

        // The last N lines move as the log grows: a second read could not be lined up with the first.
        var lines = await ReadAsync(runtime, new LogOptions { Follow = true, Tail = 5, Tty = false });

        lines.Should().Equal("hello");
        logRequests.Should().Be(1);
    }

    private static ScriptedEngine Podman(Func<string, Socket, CancellationToken, Task<bool>> answer) => new(answer, podman: true);

    private static DockerRuntime Runtime(ScriptedEngine engine) =>
        new(new DockerClientOptions { Endpoint = DockerEndpoint.Parse(engine.Host), RequestTimeout = TimeSpan.FromSeconds(10) });

    private static async Task<List<string>> ReadAsync(DockerRuntime runtime, LogOptions options)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var lines = new List<string>();
        await foreach (var line in runtime.GetLogsAsync("talker", options, limit.Token))
        {
            lines.Add(line.Text);
        }

        return lines;
    }

    /// <summary>The whole text as one stdout frame of the multiplexed stream, then the end of the answer.</summary>
    private static async Task<bool> LogAsync(Socket socket, string text)
    {
        var payload = Encoding.UTF8.GetBytes(text);
        var frame = new byte[8 + payload.Length];
        frame[0] = 1;
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(frame.AsSpan(4), payload.Length);
        payload.CopyTo(frame, 8);
        await ScriptedEngine.SendAsync(socket, $"HTTP/1.1 200 OK\r\nContent-Type: application/vnd.docker.multiplexed-stream\r\nContent-Length: {frame.Length}\r\n\r\n");
        await socket.SendAsync(frame);
        return true;
    }

    private static async Task<bool> NotFoundAsync(Socket socket)
    {
        const string body = """{"cause":"no such container","message":"no container with name or ID \"talker\" found: no such container","response":404}""";
        await ScriptedEngine.SendAsync(socket, $"HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\n\r\n{body}");
        return true;
    }
}
