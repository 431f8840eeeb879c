using System.Collections.Immutable;
using Compose.Runtime.Swarm;
using Compose.Targets.Swarm.Planning;

namespace Compose.Tests.Targets.Swarm;

public class SwarmSpecDigestTests
{
    [Fact]
    public void Two_specs_of_the_same_intent_built_apart_have_one_digest_and_no_differences()
    {
        var one = Spec(["A=1", "B=2"], 3);
        var two = Spec(["A=1", "B=2"], 3);

        SwarmSpecDigest.Compute(one).Should().Be(SwarmSpecDigest.Compute(two));
        SwarmSpecDigest.Differences(one, two).Should().BeEmpty();
    }

    [Fact]
    public void Differences_are_named_as_the_files_name_them_and_only_task_parts_replace_tasks()
    {
        var changes = SwarmSpecDigest.Differences(Spec(["A=2"], 5) with { Container = Spec(["A=2"], 5).Container with { StopGracePeriod = TimeSpan.FromSeconds(3) } }, Spec(["A=1"], 3));

        changes.Should().Equal("environment", "stop_grace_period", "replicas");
        SwarmSpecDigest.ReplacesTasks(changes).Should().BeTrue();
        SwarmSpecDigest.ReplacesTasks(["replicas", "update_config"]).Should().BeFalse();
    }

    private static SwarmServiceSpec Spec(string[] env, ulong replicas) => new()
    {
        Name = "demo_web",
        Labels = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("com.docker.stack.namespace", "demo")]),
        Container = new SwarmContainerSpec { Image = "web:1", Env = [.. env] },
        Replicas = replicas,
        Endpoint = new SwarmEndpointSpec { Mode = "vip" },
    };
}
