using System.Text;
using Compose.IntegrationTests.Infrastructure;
using Compose.Runtime;
using Compose.Runtime.Errors;

namespace Compose.IntegrationTests.Runtime;

public sealed class ExecTests() : RuntimeTestBase("exec")
{
    [DockerFact]
    public async Task Exec_output_is_demultiplexed_and_the_exit_code_is_inspected_after_it_ends()
    {
        var container = await RunAsync(Busybox("target", "sleep", "300"));

        var exec = await Runtime.CreateExecAsync(container, new ExecSpec
        {
            Command = ["sh", "-c", "echo to-out; echo to-err >&2; echo \"$GREETING from $(pwd) as $(id -u)\"; exit 3"],
            Environment = ["GREETING=hello"],
            WorkingDirectory = "/tmp",
            User = "1000",
        }, Timeout());
        var (stdout, stderr) = await CollectAsync(await Runtime.StartExecAsync(exec, tty: false, Timeout()));
        var info = await Runtime.InspectExecAsync(exec, Timeout());

        stdout.Should().Be("to-out\nhello from /tmp as 1000\n");
        stderr.Should().Be("to-err\n");
        info.Should().Be(new ExecInfo(exec, Running: false, ExitCode: 3, Pid: info.Pid));
    }

    [DockerFact]
    public async Task Stdin_reaches_the_process_and_closing_it_delivers_eof()
    {
        var container = await RunAsync(Busybox("stdin", "sleep", "300"));
        var exec = await Runtime.CreateExecAsync(container, new ExecSpec { Command = ["sh", "-c", "tr a-z A-Z; echo done"], AttachStdin = true }, Timeout());

        await using var connection = await Runtime.StartExecAsync(exec, tty: false, Timeout());
        await connection.WriteInputAsync("hello\nworld\n"u8.ToArray(), Timeout());
        await connection.CloseInputAsync(Timeout());
        var (stdout, _) = await CollectAsync(connection);

        stdout.Should().Be("HELLO\nWORLD\ndone\n");
        (await Runtime.InspectExecAsync(exec, Timeout())).ExitCode.Should().Be(0);
    }

    [DockerFact]
    public async Task A_tty_exec_is_one_raw_stream_and_can_be_resized()
    {
        var container = await RunAsync(Busybox("tty", "sleep", "300"));
        var exec = await Runtime.CreateExecAsync(container, new ExecSpec { Command = ["sh", "-c", "sleep 1; stty size; echo err >&2"], Tty = true }, Timeout());

        await using var connection = await Runtime.StartExecAsync(exec, tty: true, Timeout());
        await Runtime.ResizeExecTtyAsync(exec, width: 123, height: 45, Timeout());
        var chunks = new List<OutputChunk>();
        await foreach (var chunk in connection.ReadOutputAsync(Timeout()))
        {
            chunks.Add(chunk);
        }

        var text = string.Concat(chunks.Select(c => Encoding.UTF8.GetString(c.Data.Span)));
        text.Should().Be("45 123\r\nerr\r\n", "a TTY merges stderr into the one stream and turns \\n into \\r\\n");
        chunks.Should().OnlyContain(c => c.Stream == OutputStream.Stdout);
    }

    [DockerFact(PodmanBug = "a detached exec's inspect keeps reporting Running: true after its process ended, so its exit code never appears")]
    public async Task A_detached_exec_runs_in_the_background()
    {
        var container = await RunAsync(Busybox("detached", "sleep", "300"));
        var exec = await Runtime.CreateExecAsync(container, new ExecSpec { Command = ["sh", "-c", "echo ran > /tmp/marker"], AttachStdout = false, AttachStderr = false }, Timeout());

        await Runtime.StartExecDetachedAsync(exec, Timeout());
        var deadline = Timeout(30);
        var info = await Runtime.InspectExecAsync(exec, deadline);
        while (info.Running)
        {
            await Task.Delay(50, deadline);
            info = await Runtime.InspectExecAsync(exec, deadline);
        }

        info.ExitCode.Should().Be(0);
        (await DockerCli.OkAsync("exec", container, "cat", "/tmp/marker")).Should().Be("ran");
    }

    [DockerFact]
    public async Task Exec_in_a_stopped_container_is_a_conflict()
    {
        var container = await Runtime.CreateContainerAsync(Busybox("stopped", "true"), Timeout());

        var act = () => Runtime.CreateExecAsync(container, new ExecSpec { Command = ["true"] }, Timeout());

        (await act.Should().ThrowAsync<ResourceConflictException>()).Which.Resource.Should().Be(container);
    }

    [DockerFact]
    public async Task Attach_with_stdin_talks_to_the_containers_main_process()
    {
        var spec = Busybox("attach", "sh", "-c", "read line; echo got $line; echo bye >&2") with { OpenStdin = true, AttachStdin = true, AttachStdout = true, AttachStderr = true };
        var container = await Runtime.CreateContainerAsync(spec, Timeout());
        await using var connection = await Runtime.AttachContainerAsync(container, new AttachOptions { Stdin = true }, Timeout());
        await Runtime.StartContainerAsync(container, Timeout());

        await connection.WriteInputAsync("ping\n"u8.ToArray(), Timeout());
        var (stdout, stderr) = await CollectAsync(connection);

        stdout.Should().Be("got ping\n");
        stderr.Should().Be("bye\n");
        (await Runtime.WaitContainerAsync(container, WaitCondition.NotRunning, Timeout())).ExitCode.Should().Be(0);
    }

    [DockerFact]
    public async Task Attach_with_logs_replays_earlier_output_of_a_tty_container_and_resizes_it()
    {
        var container = await RunAsync(Busybox("attach-tty", "sh", "-c", "echo early; sleep 2; stty size") with { Tty = true, OpenStdin = true });

        await using var connection = await Runtime.AttachContainerAsync(container, new AttachOptions { Logs = true, Tty = true }, Timeout());
        await Runtime.ResizeContainerTtyAsync(container, width: 100, height: 30, Timeout());
        var (stdout, _) = await CollectAsync(connection);

        stdout.Should().Be("early\r\n30 100\r\n");
    }

    private static async Task<(string Stdout, string Stderr)> CollectAsync(IContainerConnection connection)
    {
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        await foreach (var chunk in connection.ReadOutputAsync(Timeout()))
        {
            (chunk.Stream == OutputStream.Stderr ? stderr : stdout).Append(Encoding.UTF8.GetString(chunk.Data.Span));
        }

        return (stdout.ToString(), stderr.ToString());
    }
}
