using System.Text.Json;
using Compose.Cli.Rendering;
using Compose.Execution;

namespace Compose.Tests.Cli.Rendering;

public class ProgressRendererTests
{
    [Fact]
    public void Plain_progress_is_one_line_per_change_without_control_characters()
    {
        var output = new StringWriter();
        var renderer = new PlainProgressRenderer(output);

        renderer.Report(ProgressEvent.Working("Container", "demo-web-1", "Starting"));
        renderer.Report(ProgressEvent.Done("Container", "demo-web-1", "Started"));
        renderer.Report(ProgressEvent.Error("Container", "demo-db-1", "Error", "port is\u001b[31m already\nallocated"));

        output.ToString().Should().Be(
            " Container demo-web-1  Starting\n Container demo-web-1  Started\n Container demo-db-1  Error: port is already allocated\n");
    }

    [Fact]
    public void Plain_progress_prints_a_build_step_once_and_its_end_only_when_it_says_more()
    {
        var output = new StringWriter();
        var renderer = new PlainProgressRenderer(output);

        foreach (var (status, text) in new[]
        {
            (ProgressStatus.Working, "FROM busybox:latest"), (ProgressStatus.Done, "FROM busybox:latest"),
            (ProgressStatus.Working, "RUN echo hello"), (ProgressStatus.Working, "hello"), (ProgressStatus.Working, "hello"), (ProgressStatus.Done, "RUN echo hello"),
            (ProgressStatus.Working, "RUN make"), (ProgressStatus.Done, "RUN make (cached)"),
        })
        {
            renderer.Report(new ProgressEvent("Step", $"Step {(text.StartsWith("FROM", StringComparison.Ordinal) ? 1 : text.Contains("make") ? 3 : 2)}/3", status, text) { Parent = "app" });
        }

        output.ToString().Should().Be(
            " app Step 1/3  FROM busybox:latest\n" +
            " app Step 2/3  RUN echo hello\n app Step 2/3  hello\n app Step 2/3  hello\n" +
            " app Step 3/3  RUN make\n app Step 3/3  RUN make (cached)\n");
    }

    [Fact]
    public void Json_progress_is_one_object_per_line()
    {
        var output = new StringWriter();
        var renderer = new JsonProgressRenderer(output, new ManualTimeProvider());

        renderer.Report(ProgressEvent.Done("Network", "demo_default", "Created"));
        renderer.Report(ProgressEvent.Working("Layer", "a1b2", "Downloading") with { Parent = "busybox" });

        var lines = output.ToString().TrimEnd('\n').Split('\n');
        lines.Should().HaveCount(2);
        using var first = JsonDocument.Parse(lines[0]);
        first.RootElement.GetProperty("id").GetString().Should().Be("Network demo_default");
        first.RootElement.GetProperty("status").GetString().Should().Be("done");
        first.RootElement.GetProperty("text").GetString().Should().Be("Created");
        first.RootElement.GetProperty("time").GetString().Should().Be("2026-01-02T03:04:05.0000000+00:00");
        using var second = JsonDocument.Parse(lines[1]);
        second.RootElement.GetProperty("parent").GetString().Should().Be("busybox");
    }

    [Fact]
    public void Quiet_progress_prints_errors_only()
    {
        var output = new StringWriter();
        var renderer = new QuietProgressRenderer(output);

        renderer.Report(ProgressEvent.Done("Container", "a", "Started"));
        renderer.Report(ProgressEvent.Error("Container", "b", "Error", "boom"));

        output.ToString().Should().Be(" Container b  Error: boom\n");
    }

    [Fact]
    public void The_live_tree_shows_status_and_elapsed_time_and_redraws_in_place()
    {
        var output = new StringWriter();
        var time = new ManualTimeProvider();
        var renderer = new TtyProgressRenderer(output, time, () => (60, 20), colors: false);

        renderer.Report(ProgressEvent.Working("Network", "demo_default", "Creating"));
        time.Advance(TimeSpan.FromMilliseconds(300));
        renderer.Report(ProgressEvent.Done("Network", "demo_default", "Created"));
        renderer.Report(ProgressEvent.Working("Container", "demo-web-1", "Starting"));
        time.Advance(TimeSpan.FromMilliseconds(1200));
        renderer.Report(ProgressEvent.Done("Container", "demo-web-1", "Started"));
        renderer.Dispose();

        var text = output.ToString();
        text.Should().StartWith(Ansi.HideCursor).And.EndWith(Ansi.ShowCursor);
        // Drawn at the first event (header and one line), then over those two lines when the command ends.
        text.Should().Contain(Ansi.CursorUp(2));
        var finalDraw = text[(text.LastIndexOf(Ansi.CursorUp(2), StringComparison.Ordinal) + Ansi.CursorUp(2).Length)..]
            .Replace(Ansi.ClearLine, "").Replace(Ansi.ShowCursor, "");
        // 60 columns: icon, label, text, then the elapsed time flush right.
        finalDraw.Should().Be(
            "[+] Running 2/2\n" +
            " ✔ Network demo_default  Created" + new string(' ', 23) + "0.3s \n" +
            " ✔ Container demo-web-1  Started" + new string(' ', 23) + "1.2s \n");
    }

    [Fact]
    public void Children_show_under_a_working_parent_and_collapse_when_it_is_done()
    {
        var board = new ProgressBoard();
        board.Apply(ProgressEvent.Working("Image", "busybox", "Pulling"), TimeSpan.Zero);
        board.Apply(ProgressEvent.Working("Layer", "a1b2", "Downloading") with { Parent = "busybox" }, TimeSpan.Zero);

        var working = board.Render(TimeSpan.FromSeconds(1), 50, 20, colors: false);
        board.Apply(ProgressEvent.Done("Image", "busybox", "Pulled"), TimeSpan.FromSeconds(2));
        var done = board.Render(TimeSpan.FromSeconds(2), 50, 20, colors: false);

        working.Should().HaveCount(3);
        working[2].Should().MatchRegex("^   [⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] a1b2 +Downloading +1.0s $", "a working child is indented under its parent, with a spinner");
        done.Should().HaveCount(2);
        done[1].Should().StartWith(" ✔ Image busybox").And.EndWith("2.0s ");
    }

    [Fact]
    public void A_layer_two_images_share_has_a_line_under_each()
    {
        var board = new ProgressBoard();
        board.Apply(ProgressEvent.Working("Image", "app:1", "Pulling"), TimeSpan.Zero);
        board.Apply(ProgressEvent.Working("Image", "app:2", "Pulling"), TimeSpan.Zero);
        board.Apply(ProgressEvent.Working("Layer", "a1b2", "Downloading") with { Parent = "app:1" }, TimeSpan.Zero);
        board.Apply(ProgressEvent.Working("Layer", "a1b2", "Waiting") with { Parent = "app:2" }, TimeSpan.Zero);

        var lines = board.Render(TimeSpan.FromSeconds(1), 60, 20, colors: false);

        lines.Should().HaveCount(5);
        lines[2].Should().Contain("a1b2").And.Contain("Downloading");
        lines[4].Should().Contain("a1b2").And.Contain("Waiting");
    }

    [Fact]
    public void Colours_mark_the_icons_only_when_enabled()
    {
        var board = new ProgressBoard();
        board.Apply(ProgressEvent.Error("Container", "x", "Error", "boom"), TimeSpan.Zero);

        board.Render(TimeSpan.Zero, 40, 10, colors: true)[1].Should().Contain(Ansi.Red("✘")).And.Contain("Error: boom");
        board.Render(TimeSpan.Zero, 40, 10, colors: false)[1].Should().NotContain("\u001b");
    }
}
