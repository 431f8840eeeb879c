using System.Collections.Immutable;
using Compose.Runtime;
using Compose.Runtime.Docker;

namespace Compose.Tests.Runtime;

public sealed class EventResumptionTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    private static EngineEvent Event(string action, string actor, DateTimeOffset time) =>
        new("container", action, actor, ImmutableSortedDictionary<string, string>.Empty, time);

    [Fact]
    public void A_resubscription_starts_at_the_last_event_and_drops_the_replayed_ones_of_that_time()
    {
        var resumption = new EventResumption(since: null);
        resumption.Opened(T0);
        resumption.Accept(Event("create", "a", T0.AddSeconds(1))).Should().BeTrue();
        resumption.Accept(Event("start", "a", T0.AddSeconds(2))).Should().BeTrue();
        resumption.Accept(Event("start", "b", T0.AddSeconds(2))).Should().BeTrue();

        resumption.Since.Should().Be(T0.AddSeconds(2));
        // The engine replays from that time: what was delivered is dropped, a new event at the same time is not.
        resumption.Accept(Event("start", "a", T0.AddSeconds(2))).Should().BeFalse();
        resumption.Accept(Event("start", "b", T0.AddSeconds(2))).Should().BeFalse();
        resumption.Accept(Event("start", "c", T0.AddSeconds(2))).Should().BeTrue();
        resumption.Accept(Event("create", "a", T0.AddSeconds(1))).Should().BeFalse("older than what was delivered");
        resumption.Accept(Event("die", "a", T0.AddSeconds(3))).Should().BeTrue();
    }

    [Fact]
    public void Without_events_it_resumes_from_the_callers_since_else_from_when_the_first_stream_opened()
    {
        new EventResumption(T0).Since.Should().Be(T0);

        var live = new EventResumption(since: null);
        live.Since.Should().BeNull();
        live.Opened(T0);
        live.Opened(T0.AddMinutes(1));
        live.Since.Should().Be(T0, "the first stream's opening is where nothing was missed yet");
    }
}
