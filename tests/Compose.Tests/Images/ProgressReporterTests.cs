using Compose.Execution;
using Compose.Images;
using Compose.Runtime;
using Compose.Tests.Cli;

namespace Compose.Tests.Images;

public class ProgressReporterTests
{
    private readonly RecordingProgress _progress = new();
    private readonly ManualTimeProvider _clock = new();

    [Fact]
    public void Layers_nest_under_their_image_with_byte_counts_at_most_every_200_ms_and_the_image_shows_the_totals()
    {
        var reporter = new LayerProgressReporter(_progress, "app:1", TransferKind.Pull, _clock, quiet: false);

        reporter.Start();
        reporter.Observe(new ImageProgress { Id = "1", Status = "Pulling from team/app" });
        reporter.Observe(new ImageProgress { Id = "0123456789ab", Status = "Pulling fs layer" });
        reporter.Observe(new ImageProgress { Id = "0123456789ab", Status = "Downloading", Current = 1_000_000, Total = 3_000_000 });
        reporter.Observe(new ImageProgress { Id = "0123456789ab", Status = "Downloading", Current = 1_500_000, Total = 3_000_000 });
        _clock.Advance(TimeSpan.FromMilliseconds(250));
        reporter.Observe(new ImageProgress { Id = "0123456789ab", Status = "Downloading", Current = 2_000_000, Total = 3_000_000 });
        reporter.Observe(new ImageProgress { Id = "ba9876543210", Status = "Already exists" });
        reporter.Observe(new ImageProgress { Id = "0123456789ab", Status = "Pull complete" });
        reporter.Observe(new ImageProgress { Status = "Status: Downloaded newer image for app:1" });
        reporter.Complete();

        _progress.Lines.Should().Equal(
            "Image app:1 Pulling",
            "app:1 0123456789ab Pulling fs layer",
            "app:1 0123456789ab Downloading 1MB/3MB",
            "Image app:1 Pulling 1MB/3MB",
            "app:1 0123456789ab Downloading 2MB/3MB",
            "Image app:1 Pulling 2MB/3MB",
            "app:1 ba9876543210 Already exists",
            "Image app:1 Pulling 2MB/3MB",
            "app:1 0123456789ab Pull complete",
            "Image app:1 Pulling 3MB/3MB",
            "Image app:1 Pulled 3MB");
        _progress.Events.Where(e => e.Kind == "Layer").Should().OnlyContain(e => e.Parent == "app:1");
        reporter.TransferredBytes.Should().Be(3_000_000);
    }

    [Fact]
    public void Build_steps_nest_under_the_image_show_their_output_and_cached_steps_say_so()
    {
        var reporter = new BuildProgressReporter(_progress, "demo-web", quiet: false);

        reporter.Start();
        reporter.Observe(new ImageProgress { Output = "Step 1/3 : FROM busybox:latest\n ---> 2c9f4a4e9113\nStep 2/3 : COPY . /src\n" });
        reporter.Observe(new ImageProgress { Output = " ---> Using cache\n ---> 1234\nStep 3/3 : RUN make\n ---> Running in 5678\n" });
        reporter.Observe(new ImageProgress { Output = "cc -o app app.c\n" });
        reporter.Observe(new ImageProgress { Output = "Removing intermediate container 5678\n ---> 9abc\nSuccessfully built 9abc\nSuccessfully tagged demo-web:latest\n" });
        reporter.Observe(new ImageProgress { ImageId = "sha256:9abc" });
        reporter.Complete();

        _progress.Lines.Should().Equal(
            "Image demo-web Building",
            "demo-web Step 1/3 FROM busybox:latest",
            "demo-web Step 1/3 FROM busybox:latest",
            "demo-web Step 2/3 COPY . /src",
            "demo-web Step 2/3 COPY . /src (cached)",
            "demo-web Step 3/3 RUN make",
            "demo-web Step 3/3 cc -o app app.c",
            "demo-web Step 3/3 RUN make",
            "Image demo-web Built");
        reporter.ImageId.Should().Be("sha256:9abc");
        reporter.OutputTail.Should().Equal("cc -o app app.c");
        _progress.Events.Last(e => e.Kind == "Step").Status.Should().Be(ProgressStatus.Done);
    }

    [Fact]
    public void Build_output_loses_its_escape_sequences_in_progress_and_in_the_failure_tail()
    {
        var reporter = new BuildProgressReporter(_progress, "demo-web", quiet: false);

        reporter.Observe(new ImageProgress { Output = "Step 1/1 : RUN make\n" });
        reporter.Observe(new ImageProgress { Output = "\u001b[91mmain.c:3: error\u001b[0m\r\n\u001b]0;title\u0007\u001b[2Kdone\n" });

        _progress.Lines.Should().Equal("demo-web Step 1/1 RUN make", "demo-web Step 1/1 main.c:3: error", "demo-web Step 1/1 done");
        reporter.OutputTail.Should().Equal("main.c:3: error", "done");
    }

    [Fact]
    public void Quiet_reporters_say_nothing_but_failures()
    {
        var pull = new LayerProgressReporter(_progress, "app:1", TransferKind.Pull, _clock, quiet: true);
        var build = new BuildProgressReporter(_progress, "demo-web", quiet: true);

        pull.Start();
        pull.Observe(new ImageProgress { Id = "0123456789ab", Status = "Pull complete" });
        pull.Fail("manifest unknown");
        build.Start();
        build.Observe(new ImageProgress { Output = "Step 1/1 : FROM busybox:latest\n" });
        build.Complete();

        _progress.Lines.Should().Equal("Image app:1 Error");
    }
}
