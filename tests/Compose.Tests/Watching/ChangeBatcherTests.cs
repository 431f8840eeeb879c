using Compose.Watching;

namespace Compose.Tests.Watching;

public sealed class ChangeBatcherTests
{
    private readonly SteppingTimeProvider _clock = new();

    [Fact]
    public void Changes_within_the_quiet_period_become_one_deduplicated_sorted_batch()
    {
        using var batcher = new ChangeBatcher(_clock);

        batcher.Add("/src/b.js");
        _clock.Advance(TimeSpan.FromMilliseconds(300));
        batcher.Add("/src/a.js");
        _clock.Advance(TimeSpan.FromMilliseconds(300));
        batcher.Add("/src/b.js");
        _clock.Advance(TimeSpan.FromMilliseconds(499));

        Taken(batcher).Should().BeEmpty("each change restarts the quiet period");
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        Taken(batcher).Should().ContainSingle().Which.Should().Equal("/src/a.js", "/src/b.js");
    }

    [Fact]
    public void Changes_after_a_quiet_period_start_a_new_batch()
    {
        using var batcher = new ChangeBatcher(_clock);

        batcher.Add("/src/a.js");
        _clock.Advance(TimeSpan.FromMilliseconds(600));
        batcher.Add("/src/b.js");
        _clock.Advance(TimeSpan.FromMilliseconds(600));

        var batches = Taken(batcher);
        batches.Should().HaveCount(2);
        batches[0].Should().Equal("/src/a.js");
        batches[1].Should().Equal("/src/b.js");
    }

    [Fact]
    public void A_path_that_never_stops_changing_is_handed_out_after_the_maximum_delay()
    {
        using var batcher = new ChangeBatcher(_clock);
        var batches = new List<IReadOnlyList<string>>();

        while (batches.Count == 0 && _clock.GetTimestamp() < TimeSpan.FromSeconds(30).Ticks)
        {
            batcher.Add("/logs/app.log");
            _clock.Advance(TimeSpan.FromMilliseconds(200));
            batches.AddRange(Taken(batcher));
        }

        batches.Should().ContainSingle().Which.Should().Equal("/logs/app.log");
        TimeSpan.FromTicks(_clock.GetTimestamp()).Should().BeLessThanOrEqualTo(batcher.MaxDelay + TimeSpan.FromMilliseconds(200));
    }

    [Fact]
    public void Nothing_pending_hands_out_nothing()
    {
        using var batcher = new ChangeBatcher(_clock);

        batcher.Flush();
        _clock.Advance(TimeSpan.FromSeconds(10));

        Taken(batcher).Should().BeEmpty();
    }

    private static List<IReadOnlyList<string>> Taken(ChangeBatcher batcher)
    {
        var batches = new List<IReadOnlyList<string>>();
        while (batcher.TryTake(out var batch))
        {
            batches.Add(batch);
        }

        return batches;
    }
}
