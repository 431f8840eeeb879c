using Compose.IntegrationTests.Infrastructure;
using Compose.Runtime;

namespace Compose.IntegrationTests.Native;

[Collection(NativeCollection.Name)]
public sealed class NativeContainerTests
{
    [NativeFact]
    public async Task A_container_runs_to_its_exit_code_and_its_output_is_in_the_logs()
    {
        await using var host = await NativeHost.StartAsync(TestNames.UniqueProject("nrun"));
        var id = await host.RunAsync(host.Container("app", "sh", "-c", "echo out; echo err >&2; exit 3"));

        var exit = await host.Engine.WaitContainerAsync(id, WaitCondition.NotRunning, CancellationToken.None);

        exit.ExitCode.Should().Be(3);
        var details = await host.Engine.InspectContainerAsync(id, CancellationToken.None);
        details.Summary.State.Should().Be(ContainerState.Exited);
        details.Summary.Status.Should().StartWith("Exited (3)");
        var lines = new List<LogLine>();
        await foreach (var line in host.Engine.GetLogsAsync(id, new LogOptions { Timestamps = true }, CancellationToken.None))
        {
            lines.Add(line);
        }

        lines.Select(l => (l.Stream, l.Text)).Should().BeEquivalentTo([(OutputStream.Stdout, "out"), (OutputStream.Stderr, "err")]);
        lines.Should().OnlyContain(l => l.Timestamp != null);
    }

    [NativeFact]
    public async Task A_new_engine_on_the_same_root_sees_the_containers_an_earlier_one_made()
    {
        await using var host = await NativeHost.StartAsync(TestNames.UniqueProject("nstate"));
        var id = await host.RunAsync(host.Container("app", "sleep", "60"));

        var later = new Compose.Runtime.Native.NativeEngine(host.Root, await BusyboxImageStore.CreateAsync(
            Path.Combine(Path.GetTempPath(), $"composectl-native-busybox-{Environment.ProcessId}"), CancellationToken.None),
            Compose.Runtime.Native.Processes.NativeTools.Debian, new("true", []), TimeProvider.System);
        var listed = await later.ListContainersAsync(LabelFilter.Of("com.docker.compose.project", host.Project), all: false, CancellationToken.None);

        listed.Should().ContainSingle().Which.Should().Match<ContainerInfo>(c => c.Id == id && c.State == ContainerState.Running && c.Name == $"{host.Project}-app-1");
        listed[0].Labels.Should().Contain("com.docker.compose.service", "app");
        await later.StopContainerAsync(id, TimeSpan.FromSeconds(1), CancellationToken.None);
        (await host.Engine.InspectContainerAsync(id, CancellationToken.None)).Summary.State.Should().Be(ContainerState.Exited);
    }

    [NativeFact]
    public async Task Exec_returns_the_commands_exit_code_and_output_with_and_without_a_tty()
    {
        await using var host = await NativeHost.StartAsync(TestNames.UniqueProject("nexec"));
        var id = await host.RunAsync(host.Container("app", "sleep", "60"));

        var (code, output) = await host.ExecAsync(id, "sh", "-c", "echo hello; exit 7");
        code.Should().Be(7);
        output.Should().Be("hello\n");
        (await host.ExecAsync(id, "id", "-u")).Output.Trim().Should().Be("0");

        var exec = await host.Engine.CreateExecAsync(id, new ExecSpec { Command = ["sh", "-c", "tty; exit 4"], Tty = true, AttachStdin = true }, CancellationToken.None);
        var text = new System.Text.StringBuilder();
        await using (var connection = await host.Engine.StartExecAsync(exec, tty: true, CancellationToken.None))
        {
            await foreach (var chunk in connection.ReadOutputAsync(CancellationToken.None))
            {
                text.Append(System.Text.Encoding.UTF8.GetString(chunk.Data.Span));
            }
        }

        (await host.WaitForExecAsync(exec)).ExitCode.Should().Be(4);
        text.ToString().Should().Contain("/dev/pts/");
    }

    [NativeFact]
    public async Task Stop_waits_the_grace_period_then_kills_a_container_that_ignores_its_signal()
    {
        await using var host = await NativeHost.StartAsync(TestNames.UniqueProject("nstop"));
        var polite = await host.RunAsync(host.Container("polite", "sh", "-c", "trap 'exit 0' TERM; sleep 60 & wait"));
        var stubborn = await host.RunAsync(host.Container("stubborn", "sh", "-c", "trap '' TERM; sleep 60 & wait; sleep 60"));
        await Task.Delay(300);

        var timer = System.Diagnostics.Stopwatch.StartNew();
        await host.Engine.StopContainerAsync(polite, TimeSpan.FromSeconds(10), CancellationToken.None);
        var politeTime = timer.Elapsed;
        timer.Restart();
        await host.Engine.StopContainerAsync(stubborn, TimeSpan.FromSeconds(1), CancellationToken.None);
        var stubbornTime = timer.Elapsed;

        (await host.Engine.InspectContainerAsync(polite, CancellationToken.None)).ExitCode.Should().Be(0);
        (await host.Engine.InspectContainerAsync(stubborn, CancellationToken.None)).ExitCode.Should().Be(137);
        politeTime.Should().BeLessThan(TimeSpan.FromSeconds(5), "it ended on SIGTERM");
        stubbornTime.Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(1), "it was given its grace period before SIGKILL");
    }
}
