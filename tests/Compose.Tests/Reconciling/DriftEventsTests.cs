using System.Collections.Immutable;
using Compose.Reconciling;
using Compose.Runtime;
using Compose.Tests.Watching;

namespace Compose.Tests.Reconciling;

public sealed class DriftEventsTests
{
    private static readonly DriftScope Scope = new("demo", ["demo_default"], ["demo_data"]);
    private readonly SteppingTimeProvider _clock = new();

    [Fact]
    public void Removals_renames_and_disconnects_of_the_project_are_drift()
    {
        var drift = new DriftEvents(_clock);

        drift.Classify(Container("destroy", "demo-web-1"), Scope).Should().Be("container demo-web-1 removed");
        drift.Classify(Container("rename", "web", ("oldName", "/demo-web-1")), Scope).Should().Be("container demo-web-1 renamed to web");
        drift.Classify(Network("destroy", "demo_default"), Scope).Should().Be("network demo_default removed");
        drift.Classify(Network("disconnect", "demo_default", ("container", "0123456789abcdef")), Scope).Should().Be("container 0123456789ab disconnected from network demo_default");
        drift.Classify(Event("volume", "destroy", "demo_data", []), Scope).Should().Be("volume demo_data removed");
    }

    [Fact]
    public void Exits_other_projects_one_offs_and_the_disconnect_of_an_exit_are_not()
    {
        var drift = new DriftEvents(_clock);

        drift.Classify(Container("die", "demo-web-1"), Scope).Should().BeNull("restart policies are the engine's job");
        drift.Classify(Network("disconnect", "demo_default", ("container", "web-id")), Scope).Should().BeNull("the container exited just now");
        _clock.Advance(TimeSpan.FromSeconds(6));
        drift.Classify(Network("disconnect", "demo_default", ("container", "web-id")), Scope).Should().NotBeNull("long after its exit, a disconnect is someone's doing");
        drift.Classify(Container("destroy", "other-web-1") with { Attributes = Attributes(("com.docker.compose.project", "other"), ("name", "other-web-1")) }, Scope).Should().BeNull();
        drift.Classify(Container("destroy", "demo-web-run-1", ("com.docker.compose.oneoff", "True")), Scope).Should().BeNull();
        drift.Classify(Network("destroy", "other_default"), Scope).Should().BeNull();
        drift.Classify(Event("volume", "destroy", "other_data", []), Scope).Should().BeNull();
    }

    private static EngineEvent Container(string action, string name, params (string, string)[] extra) =>
        Event("container", action, "web-id", [("com.docker.compose.project", "demo"), ("name", name), .. extra]);

    private static EngineEvent Network(string action, string name, params (string, string)[] extra) =>
        Event("network", action, "net-id", [("name", name), ("type", "bridge"), .. extra]);

    private static EngineEvent Event(string type, string action, string actor, (string, string)[] attributes) =>
        new(type, action, actor, Attributes(attributes), DateTimeOffset.UnixEpoch);

    private static ImmutableSortedDictionary<string, string> Attributes(params (string Key, string Value)[] attributes) =>
        attributes.ToImmutableSortedDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
}
