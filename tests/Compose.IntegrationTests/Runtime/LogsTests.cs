using Compose.IntegrationTests.Infrastructure;
using Compose.Runtime;

namespace Compose.IntegrationTests.Runtime;

public sealed class LogsTests() : RuntimeTestBase("logs")
{
    [DockerFact]
    public async Task Following_a_long_running_container_yields_its_first_lines_before_it_ends()
    {
        // Prints a line a second for ten minutes: the test can only pass if lines arrive as they are written.
        var id = await RunAsync(Busybox("chatty", "sh", "-c", "i=0; while [ $i -lt 600 ]; do echo line $i; i=$((i+1)); sleep 1; done"));
        var started = DateTimeOffset.UtcNow;

        var lines = new List<LogLine>();
        await foreach (var line in Runtime.GetLogsAsync(id, new LogOptions { Follow = true }, Timeout(30)))
        {
            lines.Add(line);
            if (lines.Count == 3)
            {
                break;
            }
        }

        lines.Select(l => l.Text).Should().Equal("line 0", "line 1", "line 2");
        lines.Should().OnlyContain(l => l.Stream == OutputStream.Stdout && l.Timestamp == null);
        (await Runtime.InspectContainerAsync(id, Timeout())).Summary.State.Should().Be(ContainerState.Running, "the container still runs: nothing waited for its end");
        (DateTimeOffset.UtcNow - started).Should().BeLessThan(TimeSpan.FromSeconds(30));
    }

    [DockerFact]
    public async Task Stdout_and_stderr_are_demultiplexed_into_lines_with_timestamps()
    {
        var id = await RunAsync(Busybox("streams", "sh", "-c", "echo out1; echo err1 >&2; printf 'out2\\nout3'; echo err2 >&2"));
        await Runtime.WaitContainerAsync(id, WaitCondition.NotRunning, Timeout());

        var lines = await ReadAllAsync(id, new LogOptions { Timestamps = true });

        lines.Where(l => l.Stream == OutputStream.Stdout).Select(l => l.Text).Should().Equal("out1", "out2", "out3");
        lines.Where(l => l.Stream == OutputStream.Stderr).Select(l => l.Text).Should().Equal("err1", "err2");
        lines.Should().OnlyContain(l => l.Timestamp != null && Math.Abs((l.Timestamp.Value - DateTimeOffset.UtcNow).TotalMinutes) < 5);
    }

    [DockerFact]
    public async Task A_tty_container_gives_one_raw_stream_cut_into_lines()
    {
        var id = await RunAsync(Busybox("tty", "sh", "-c", "echo first; echo second >&2; echo third") with { Tty = true });
        await Runtime.WaitContainerAsync(id, WaitCondition.NotRunning, Timeout());

        var lines = await ReadAllAsync(id, new LogOptions());
        var known = await ReadAllAsync(id, new LogOptions { Tty = true });

        lines.Select(l => l.Text).Should().Equal("first", "second", "third");
        lines.Should().OnlyContain(l => l.Stream == OutputStream.Stdout);
        known.Select(l => l.Text).Should().Equal(lines.Select(l => l.Text));
    }

    [DockerFact]
    public async Task Tail_since_until_and_stream_selection_narrow_the_output()
    {
        // The engine copies stdout and stderr concurrently, so only the order within one stream is defined:
        // tail is checked on a container that writes one stream.
        var mixed = await RunAsync(Busybox("mixed", "sh", "-c", "for i in 1 2 3 4 5; do echo out$i; echo err$i >&2; done"));
        var single = await RunAsync(Busybox("single", "sh", "-c", "for i in 1 2 3 4 5; do echo line$i; done"));
        await Runtime.WaitContainerAsync(mixed, WaitCondition.NotRunning, Timeout());
        await Runtime.WaitContainerAsync(single, WaitCondition.NotRunning, Timeout());
        // The engine's log copier may still be writing when wait returns (seen on a loaded machine): settle first.
        var all = await ReadSettledAsync(mixed, new LogOptions { Timestamps = true }, expected: 10);
        await ReadSettledAsync(single, new LogOptions(), expected: 5);

        var tail = await ReadAllAsync(single, new LogOptions { Tail = 2 });
        var errors = await ReadAllAsync(mixed, new LogOptions { Stdout = false });
        var future = await ReadAllAsync(mixed, new LogOptions { Since = DateTimeOffset.UtcNow.AddMinutes(1) });
        var past = await ReadAllAsync(mixed, new LogOptions { Until = all.Min(l => l.Timestamp!.Value).AddSeconds(-1) });

        tail.Select(l => l.Text).Should().Equal("line4", "line5");
        errors.Select(l => l.Text).Should().Equal("err1", "err2", "err3", "err4", "err5");
        future.Should().BeEmpty();
        past.Should().BeEmpty();
        all.Should().HaveCount(10);
    }

    [DockerFact]
    public async Task Logs_of_a_missing_container_are_a_not_found_error()
    {
        var act = async () => await ReadAllAsync($"{Project}-missing", new LogOptions());

        await act.Should().ThrowAsync<Compose.Runtime.Errors.ResourceNotFoundException>();
    }

    /// <summary>Reads the whole log until it holds <paramref name="expected"/> lines (bounded: the test fails after that).</summary>
    private async Task<List<LogLine>> ReadSettledAsync(string id, LogOptions options, int expected)
    {
        var lines = await ReadAllAsync(id, options);
        for (var attempt = 0; lines.Count < expected && attempt < 50; attempt++)
        {
            await Task.Delay(100);
            lines = await ReadAllAsync(id, options);
        }

        return lines;
    }

    private async Task<List<LogLine>> ReadAllAsync(string id, LogOptions options)
    {
        var lines = new List<LogLine>();
        await foreach (var line in Runtime.GetLogsAsync(id, options, Timeout()))
        {
            lines.Add(line);
        }

        return lines;
    }
}
