using System.Collections.Immutable;
using System.Text.Json;
using Compose.Runtime;
using Compose.Runtime.Docker;
using Compose.Runtime.Docker.Swarm;
using Compose.Runtime.Docker.Swarm.Wire;
using Compose.Runtime.Swarm;
using Compose.Targets.Swarm.Planning;

namespace Compose.Tests.Targets.Swarm;

public class SwarmWireTests
{
    private static readonly ApiFeatures Api141 = new(new Version(1, 41), "create service", "demo_web");

    [Fact]
    public void A_spec_written_to_the_wire_and_read_back_is_the_same_spec()
    {
        var spec = RichSpec();
        var ids = new Dictionary<(SwarmObjectKind, string), string> { [(SwarmObjectKind.Secret, "demo_token-1")] = "sec1", [(SwarmObjectKind.Config, "demo_page-1")] = "cfg1" };

        var json = JsonSerializer.Serialize(SwarmSpecMapper.ToWire(spec, new SwarmObjectIds(ids, "demo_web"), Api141), SwarmJsonContext.Default.ServiceSpecDto);
        var engineStored = json.Replace("\"Target\":\"demo_front\"", "\"Target\":\"net123\"", StringComparison.Ordinal);
        var read = SwarmSpecMapper.FromWire(JsonSerializer.Deserialize(engineStored, SwarmJsonContext.Default.ServiceSpecDto)!, new Dictionary<string, string> { ["net123"] = "demo_front" });

        SwarmSpecDigest.Differences(spec, read).Should().BeEmpty();
        json.Should().Contain("\"SecretID\":\"sec1\"").And.Contain("\"TTY\":true").And.Contain("\"StopGracePeriod\":2000000000").And.Contain("\"Replicated\":{\"Replicas\":3}");
    }

    [Fact]
    public void A_reference_to_a_secret_the_swarm_does_not_have_is_an_error_naming_it()
    {
        var act = () => SwarmSpecMapper.ToWire(RichSpec(), new SwarmObjectIds(new Dictionary<(SwarmObjectKind, string), string>(), "demo_web"), Api141);

        act.Should().Throw<Compose.Runtime.Errors.ResourceNotFoundException>().WithMessage("create service demo_web: secret demo_token-1 not found");
    }

    [Fact]
    public void Service_log_lines_lose_the_details_prefix_and_keep_the_task_and_node()
    {
        var line = SwarmLogDetails.Split(new LogLine(OutputStream.Stdout, "com.docker.swarm.node.id=n1,com.docker.swarm.service.id=s1,com.docker.swarm.task.id=t%3D1 hello world", null));
        var plain = SwarmLogDetails.Split(new LogLine(OutputStream.Stdout, "no details here", null));

        (line.Line.Text, line.TaskId, line.NodeId).Should().Be(("hello world", "t=1", "n1"));
        (plain.Line.Text, plain.TaskId).Should().Be(("no details here", null));
    }

    private static SwarmServiceSpec RichSpec() => new()
    {
        Name = "demo_web",
        Labels = Map(("com.docker.stack.namespace", "demo")),
        Container = new SwarmContainerSpec
        {
            Image = "web:1@sha256:abc",
            Command = ["/bin/run"],
            Args = ["-v"],
            Env = ["A=1"],
            Tty = true,
            StopGracePeriod = TimeSpan.FromSeconds(2),
            HealthCheck = new HealthCheckSpec { Test = ["CMD", "true"], Interval = TimeSpan.FromSeconds(1), Retries = 3 },
            Mounts = [new SwarmMount { Type = MountType.Volume, Source = "demo_data", Target = "/data", VolumeLabels = Map(("com.docker.stack.namespace", "demo")), VolumeDriver = "local" }],
            Secrets = [new SwarmFileReference { ObjectName = "demo_token-1", FileName = "token" }],
            Configs = [new SwarmFileReference { ObjectName = "demo_page-1", FileName = "/www/index.html", Mode = 0b110_100_100 }],
            Ulimits = [new UlimitSpec("nofile", 1024, 2048)],
            Dns = new SwarmDnsConfig { Nameservers = ["10.0.0.2"] },
        },
        Resources = new SwarmResources { LimitMemoryBytes = 1 << 26, ReservedGenericResources = [new SwarmGenericResource("gpu", 1)] },
        RestartPolicy = new SwarmRestartPolicy { Condition = "on-failure", MaxAttempts = 3, Delay = TimeSpan.FromSeconds(5) },
        Placement = new SwarmPlacement { Constraints = ["node.role==worker"], Spread = ["node.labels.zone"], MaxReplicasPerNode = 2 },
        Networks = [new SwarmNetworkAttachment { Target = "demo_front", Aliases = ["web"] }],
        Replicas = 3,
        UpdateConfig = new SwarmUpdateConfig { Parallelism = 2, Delay = TimeSpan.FromSeconds(1), FailureAction = "rollback", Monitor = TimeSpan.FromSeconds(5), MaxFailureRatio = 0.1, Order = "start-first" },
        Endpoint = new SwarmEndpointSpec { Mode = "vip", Ports = [new SwarmPort { TargetPort = 80, PublishedPort = 8080 }] },
    };

    private static ImmutableSortedDictionary<string, string> Map(params (string Key, string Value)[] entries) =>
        ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, entries.Select(e => KeyValuePair.Create(e.Key, e.Value)));
}
