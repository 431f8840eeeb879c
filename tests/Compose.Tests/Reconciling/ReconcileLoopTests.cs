using Compose.Model;
using Compose.Reconciling;
using Compose.Tests.Watching;

namespace Compose.Tests.Reconciling;

/// <summary>The loop on a fake clock: coalescing, no overlap, back-off, the periodic pass and broken edits.</summary>
public sealed class ReconcileLoopTests : IAsyncDisposable
{
    private static readonly TimeSpan Coalesce = TimeSpan.FromMilliseconds(100);
    private readonly SteppingTimeProvider _clock = new();
    private readonly RecordingReporter _reporter = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly RecordingRunner _runner;
    private Task? _running;

    public ReconcileLoopTests() => _runner = new RecordingRunner(_clock);

    [Fact]
    public async Task A_burst_of_triggers_becomes_one_pass()
    {
        var loop = Start(await ProjectAsync("v1"));

        for (var i = 0; i < 20; i++)
        {
            loop.Triggers.Add(new ReconcileTrigger(TriggerKind.Engine, $"container demo-web-{i} removed"));
        }

        await AdvanceUntilAsync(() => _runner.Passes.Count == 1);
        await AdvanceAsync(TimeSpan.FromSeconds(5));
        _runner.Passes.Should().HaveCount(1, "twenty events within the coalescing window are one pass");
        _reporter.Lines.Should().Contain(l => l.StartsWith("started 1 engine: container demo-web-0 removed, container demo-web-1 removed, container demo-web-2 removed (+17 more)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Triggers_arriving_during_a_pass_give_one_more_pass_after_it_never_an_overlapping_one()
    {
        var loop = Start(await ProjectAsync("v1"));
        _runner.Gate = new TaskCompletionSource();
        loop.Triggers.Add(new ReconcileTrigger(TriggerKind.Engine, "network demo_default removed"));
        await AdvanceUntilAsync(() => _runner.Passes.Count == 1);

        for (var i = 0; i < 5; i++)
        {
            loop.Triggers.Add(new ReconcileTrigger(TriggerKind.Engine, $"event {i}"));
            await AdvanceAsync(TimeSpan.FromSeconds(1));
        }

        _runner.Passes.Should().HaveCount(1, "the first pass is still running");
        _runner.Gate.SetResult();
        await AdvanceUntilAsync(() => _runner.Passes.Count == 2);
        await AdvanceAsync(TimeSpan.FromSeconds(5));
        _runner.Passes.Should().HaveCount(2);
        _runner.MaxConcurrent.Should().Be(1);
    }

    [Fact]
    public async Task Repeated_failure_of_the_same_step_backs_off_exponentially_up_to_the_cap()
    {
        _runner.Default = () => new PassOutcome(PassResult.Failed) { FailedStep = "Container demo-web-1", Reason = "port 8080 is already allocated" };
        var loop = Start(await ProjectAsync("v1"), backoff: new BackoffPolicy { Initial = TimeSpan.FromSeconds(1), Cap = TimeSpan.FromSeconds(4) });

        loop.Triggers.Add(new ReconcileTrigger(TriggerKind.Engine, "container demo-web-1 removed"));
        for (var i = 0; i < 6; i++)
        {
            await AdvanceUntilAsync(() => _runner.Passes.Count == i + 1);
            // Drift keeps being reported meanwhile: it waits for the retry instead of hammering the engine.
            loop.Triggers.Add(new ReconcileTrigger(TriggerKind.Engine, "container demo-web-1 removed"));
        }

        var times = _runner.Passes.Select(p => TimeSpan.FromTicks(p.At)).ToList();
        var gaps = times.Zip(times.Skip(1), (a, b) => (b - a).TotalSeconds).ToList();
        gaps.Should().HaveCount(5);
        foreach (var (gap, expected) in gaps.Zip(new[] { 1.0, 2, 4, 4, 4 }))
        {
            gap.Should().BeApproximately(expected, 0.06, "the wait doubles per failure of the same step, up to the cap");
        }

        _reporter.Lines.Should().Contain("finished 5 Failed retry after 5");
        loop.Backoff!.Reason.Should().Be("port 8080 is already allocated");
    }

    [Fact]
    public async Task A_different_failing_step_starts_the_back_off_again_and_success_clears_it()
    {
        var tracker = new FailureTracker(new BackoffPolicy { Initial = TimeSpan.FromSeconds(2), Cap = TimeSpan.FromMinutes(1) });
        var now = _clock.GetUtcNow();

        tracker.Failed("Container demo-web-1", "boom", now).NextRetry.Should().Be(now + TimeSpan.FromSeconds(2));
        tracker.Failed("Container demo-web-1", "boom", now).NextRetry.Should().Be(now + TimeSpan.FromSeconds(4));
        tracker.Failed("Network demo_default", "boom", now).Should().Match<BackoffState>(s => s.Failures == 1 && s.NextRetry == now + TimeSpan.FromSeconds(2));
        tracker.Succeeded();
        tracker.Current.Should().BeNull();
    }

    [Fact]
    public async Task A_file_edit_ends_the_back_off_at_once_with_the_new_configuration()
    {
        var v1 = await ProjectAsync("v1");
        var source = new SwitchableSource(v1);
        _runner.Answer(() => new PassOutcome(PassResult.Failed) { FailedStep = "Container demo-web-1", Reason = "image not found" });
        var loop = Start(v1, source, new BackoffPolicy { Initial = TimeSpan.FromMinutes(5), Cap = TimeSpan.FromMinutes(5) });
        loop.Triggers.Add(new ReconcileTrigger(TriggerKind.Engine, "container demo-web-1 removed"));
        await AdvanceUntilAsync(() => _runner.Passes.Count == 1);

        source.Project = await ProjectAsync("v2");
        loop.Triggers.Add(new ReconcileTrigger(TriggerKind.Files, "compose.yaml"));
        await AdvanceUntilAsync(() => _runner.Passes.Count == 2);

        TimeSpan.FromTicks(_runner.Passes.Last().At).Should().BeLessThan(TimeSpan.FromSeconds(2), "the edit is tried now, not after five minutes");
        Image(_runner.Passes.Last().Project).Should().Be("busybox:v2");
    }

    [Fact]
    public async Task A_reconnect_of_the_event_stream_ends_the_back_off_at_once()
    {
        // Passes failed while the engine was away; once its stream is back, the full pass is not held for minutes.
        _runner.Answer(() => new PassOutcome(PassResult.Failed) { FailedStep = "observe", Reason = "nothing accepts connections there" });
        var loop = Start(await ProjectAsync("v1"), backoff: new BackoffPolicy { Initial = TimeSpan.FromMinutes(5), Cap = TimeSpan.FromMinutes(5) });
        loop.Triggers.Add(new ReconcileTrigger(TriggerKind.Engine, "container demo-web-1 removed"));
        await AdvanceUntilAsync(() => _runner.Passes.Count == 1);

        loop.Triggers.Add(new ReconcileTrigger(TriggerKind.Reconnect, "event stream connected again"));
        await AdvanceUntilAsync(() => _runner.Passes.Count == 2);

        TimeSpan.FromTicks(_runner.Passes.Last().At).Should().BeLessThan(TimeSpan.FromSeconds(2), "the reconnect's full pass runs now, not after five minutes");
    }

    [Fact]
    public async Task A_broken_edit_is_reported_once_with_its_location_and_the_running_configuration_stays_in_force()
    {
        var v1 = await ProjectAsync("v1");
        var source = new SwitchableSource(v1);
        var loop = Start(v1, source);

        source.Broken = "'[busybox' is not a valid image reference";
        loop.Triggers.Add(new ReconcileTrigger(TriggerKind.Files, "compose.yaml"));
        await AdvanceUntilAsync(() => source.Loads == 1);
        loop.Triggers.Add(new ReconcileTrigger(TriggerKind.Files, "compose.yaml"));
        await AdvanceUntilAsync(() => source.Loads == 2);
        await AdvanceAsync(TimeSpan.FromSeconds(1));

        _runner.Passes.Should().BeEmpty("a broken edit touches nothing");
        _reporter.Lines.Where(l => l.StartsWith("rejected", StringComparison.Ordinal)).Should().HaveCount(2)
            .And.AllSatisfy(l => l.Should().Contain("compose.yaml:4:12"));
        loop.Current!.Project.Should().BeSameAs(v1);

        // Drift meanwhile is healed with the configuration in force, the broken one never applied.
        loop.Triggers.Add(new ReconcileTrigger(TriggerKind.Engine, "container demo-web-1 removed"));
        await AdvanceUntilAsync(() => _runner.Passes.Count == 1);
        _runner.Passes.Single().Project.Should().BeSameAs(v1);

        source.Broken = null;
        source.Project = await ProjectAsync("v2");
        loop.Triggers.Add(new ReconcileTrigger(TriggerKind.Files, "compose.yaml"));
        await AdvanceUntilAsync(() => _runner.Passes.Count == 2);
        Image(_runner.Passes.Last().Project).Should().Be("busybox:v2", "the fix is applied when saved again");
        _reporter.Lines.Should().Contain("accepted");
    }

    [Fact]
    public async Task The_periodic_pass_runs_every_period_and_the_first_pass_is_an_initial_up()
    {
        var loop = Start(await ProjectAsync("v1"), period: TimeSpan.FromSeconds(60), initialPass: true);

        await AdvanceUntilAsync(() => _runner.Passes.Count == 1);
        await AdvanceAsync(TimeSpan.FromSeconds(185));

        _runner.Passes.Should().HaveCount(4, "the start, then every 60 s");
        _runner.Passes.Select(p => p.Initial).Should().Equal(true, false, false, false);
        _reporter.Lines.Should().Contain(l => l.StartsWith("started 2 periodic", StringComparison.Ordinal));
        _ = loop;
    }

    [Fact]
    public async Task A_paused_first_pass_keeps_the_next_one_initial()
    {
        _runner.Answer(() => new PassOutcome(PassResult.Paused) { Reason = "paused by 'down'" });
        var loop = Start(await ProjectAsync("v1"), initialPass: true);
        await AdvanceUntilAsync(() => _runner.Passes.Count == 1);

        loop.Triggers.Add(new ReconcileTrigger(TriggerKind.Engine, "container demo-web-1 removed"));
        await AdvanceUntilAsync(() => _runner.Passes.Count == 2);

        _runner.Passes.Select(p => p.Initial).Should().Equal(true, true);
    }

    private ReconcileLoop Start(Project project, SwitchableSource? source = null, BackoffPolicy? backoff = null, TimeSpan? period = null, bool initialPass = false)
    {
        var settings = new ReconcileLoopSettings { Coalesce = Coalesce, Period = period, InitialPass = initialPass, Backoff = backoff ?? BackoffPolicy.Default };
        var status = new StatusTracker(new ReconcileStatus { Project = project.Name, Pid = 1, Started = _clock.GetUtcNow() }, _ => { }, _clock, period);
        var loop = new ReconcileLoop(source ?? new SwitchableSource(project), _runner, _reporter, settings, _clock, status);
        _running = Task.Run(() => loop.RunAsync(new LoadedProject(project, []), _stop.Token));
        return loop;
    }

    private static Task<Project> ProjectAsync(string tag) => TestProjects.ProjectAsync($"""
        name: demo
        services:
          web:
            image: busybox:{tag}
        """);

    private static string? Image(Project project) => project.Services["web"].Image;

    /// <summary>Moves the fake clock in small steps, letting the loop run between them, until the condition holds.</summary>
    private async Task AdvanceUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!condition())
        {
            if (_running is { IsCompleted: true } ended)
            {
                await ended;
                throw new InvalidOperationException("the loop ended");
            }

            DateTime.UtcNow.Should().BeBefore(deadline, "the condition should have held by now");
            _clock.Advance(TimeSpan.FromMilliseconds(10));
            await Task.Delay(1);
        }
    }

    private async Task AdvanceAsync(TimeSpan by)
    {
        for (var moved = TimeSpan.Zero; moved < by; moved += TimeSpan.FromMilliseconds(100))
        {
            _clock.Advance(TimeSpan.FromMilliseconds(100));
            await Task.Delay(1);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_running is not null)
        {
            await _running.ContinueWith(_ => { }, TaskScheduler.Default);
        }

        _stop.Dispose();
    }
}
