using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Compose.Cli;

namespace Compose.Tests.Cli;

/// <summary>
/// Engine failures in words: "Is the Docker engine running?" only when nothing answered, a connection the engine
/// broke off said as such, and .NET's own messages as text, never resource keys.
/// </summary>
public sealed class EngineMessageTests : IDisposable
{
    private readonly string _directory = TestTemp.Directory("composectl-engine-messages-");

    public EngineMessageTests() => File.WriteAllText(Path.Combine(_directory, "compose.yaml"), "services:\n  web:\n    image: busybox\n");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task An_engine_that_accepts_and_then_closes_the_connection_is_not_called_not_running()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        using var stop = new CancellationTokenSource();
        var engine = HangUpMidAnswerAsync(listener, stop.Token);

        var result = await CliRunner.RunAsync(_directory, new Dictionary<string, string> { ["DOCKER_HOST"] = $"tcp://127.0.0.1:{port}" }, "ps");
        await stop.CancelAsync();
        await engine;

        result.ExitCode.Should().Be(ExitCodes.Failure, result.Error);
        result.Error.Should().MatchRegex("list (containers|networks|volumes): the engine closed the connection before its answer was complete")
            .And.Contain("the engine may have stopped or restarted")
            .And.NotContain("Is the Docker engine running?")
            .And.NotContainAny("net_http_", "Arg_", "   at ");
    }

    [Fact]
    public async Task Nothing_listening_is_still_reported_as_no_engine_running()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var result = await CliRunner.RunAsync(_directory, new Dictionary<string, string> { ["DOCKER_HOST"] = $"tcp://127.0.0.1:{port}" }, "ps");

        result.ExitCode.Should().Be(ExitCodes.Failure, result.Error);
        result.Error.Should().Contain($"tcp://127.0.0.1:{port}").And.Contain("Is the Docker engine running?")
            .And.Contain("nothing accepts connections there (connection refused)");
    }

    [Fact]
    public async Task An_engine_that_accepts_and_never_answers_fails_within_the_configured_limit()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start(backlog: 16);
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;

        // Nothing accepts from the backlog: the connection is made, and no answer ever comes (a frozen engine).
        var environment = new Dictionary<string, string> { ["DOCKER_HOST"] = $"tcp://127.0.0.1:{port}", ["COMPOSE_ENGINE_TIMEOUT"] = "1" };
        var result = await CliRunner.RunAsync(_directory, environment, "ps");

        result.ExitCode.Should().Be(ExitCodes.Failure, result.Error);
        result.Error.Should().MatchRegex("list (containers|networks|volumes): the engine did not answer within 1 s; it may be frozen or overloaded")
            .And.Contain("COMPOSE_ENGINE_TIMEOUT")
            .And.NotContain("Is the Docker engine running?");
    }

    [Fact]
    public async Task A_malformed_engine_timeout_is_refused_with_what_to_write()
    {
        var environment = new Dictionary<string, string> { ["DOCKER_HOST"] = "tcp://127.0.0.1:1", ["COMPOSE_ENGINE_TIMEOUT"] = "soon" };

        var result = await CliRunner.RunAsync(_directory, environment, "ps");

        result.ExitCode.Should().Be(ExitCodes.Failure, result.Error);
        result.Error.Should().Contain("COMPOSE_ENGINE_TIMEOUT='soon' is not a time");
    }

    [Fact]
    public void The_executable_prints_dotnet_messages_as_text_not_resource_keys()
    {
        var config = Path.Combine(AppContext.BaseDirectory, "composectl.runtimeconfig.json");

        using var document = JsonDocument.Parse(File.ReadAllText(config));
        var options = document.RootElement.GetProperty("runtimeOptions");
        var keys = options.TryGetProperty("configProperties", out var properties)
            && properties.TryGetProperty("System.Resources.UseSystemResourceKeys", out var value) && value.GetBoolean();

        keys.Should().BeFalse("with resource keys an engine error reads 'net_http_invalid_response_premature_eof' instead of a sentence");
    }

    /// <summary>Reads the request head, answers with the start of a response, and hangs up mid-way (an engine dying).</summary>
    private static async Task HangUpMidAnswerAsync(TcpListener listener, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await listener.AcceptSocketAsync(stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            using (client)
            {
                var buffer = new byte[4096];
                _ = await client.ReceiveAsync(buffer);
                await client.SendAsync(Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nOK"));
                client.Shutdown(SocketShutdown.Both);
            }
        }
    }
}
