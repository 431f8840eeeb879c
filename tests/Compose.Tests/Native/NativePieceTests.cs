using System.Collections.Immutable;
using System.Text.Json;
using Compose.Runtime;
using Compose.Runtime.Errors;
using Compose.Runtime.Native.Bundles;
using Compose.Runtime.Native.Containers;
using Compose.Runtime.Native.Logs;
using Compose.Runtime.Native.Networking;
using Compose.Runtime.Native.State;
using Compose.Runtime.Native.Supervision;

namespace Compose.Tests.Native;

public sealed class NativePieceTests
{
    private const string Passwd = "root:x:0:0:root:/root:/bin/sh\napp:x:1000:1001:App:/home/app:/bin/sh\n# comment\n";
    private const string Group = "root:x:0:\napp:x:1001:\nstaff:x:50:app,other\nwheel:x:10:\n";

    [Fact]
    public void Users_resolve_by_name_or_number_against_the_images_files()
    {
        UserResolver.Resolve("app", [], Passwd, Group).Should().BeEquivalentTo(new ResolvedUser(1000, 1001, [50], "/home/app"));
        UserResolver.Resolve("app:wheel", ["staff"], Passwd, Group).Should().BeEquivalentTo(new ResolvedUser(1000, 10, [50], "/home/app"));
        UserResolver.Resolve("4242:4343", [], Passwd, Group).Should().BeEquivalentTo(new ResolvedUser(4242, 4343, [], "/"));
        UserResolver.Resolve(null, [], Passwd, Group).Should().BeEquivalentTo(ResolvedUser.Root);
        var unknown = () => UserResolver.Resolve("ghost", [], Passwd, Group);
        unknown.Should().Throw<ContainerRuntimeException>().WithMessage("*unable to find user ghost: no matching entries*");
    }

    [Fact]
    public void Restart_policies_follow_the_engines_rules()
    {
        RestartDecision.ShouldRestart(new RestartPolicySpec("always"), 0, 5, stoppedByUser: false).Should().BeTrue();
        RestartDecision.ShouldRestart(new RestartPolicySpec("unless-stopped"), 1, 0, stoppedByUser: true).Should().BeFalse();
        RestartDecision.ShouldRestart(new RestartPolicySpec("on-failure"), 0, 0, false).Should().BeFalse("a clean exit is not a failure");
        RestartDecision.ShouldRestart(new RestartPolicySpec("on-failure", 2), 1, 1, false).Should().BeTrue();
        RestartDecision.ShouldRestart(new RestartPolicySpec("on-failure", 2), 1, 2, false).Should().BeFalse("the limit is reached");
        RestartDecision.ShouldRestart(new RestartPolicySpec("no"), 1, 0, false).Should().BeFalse();
        RestartDecision.ShouldRestart(null, 1, 0, false).Should().BeFalse();
        RestartDecision.Delay(0, TimeSpan.FromSeconds(1)).Should().Be(TimeSpan.FromMilliseconds(100));
        RestartDecision.Delay(3, TimeSpan.FromSeconds(1)).Should().Be(TimeSpan.FromMilliseconds(800));
        RestartDecision.Delay(3, TimeSpan.FromSeconds(30)).Should().Be(TimeSpan.FromMilliseconds(100), "a long run resets the back-off");
        RestartDecision.Delay(30, TimeSpan.Zero).Should().Be(TimeSpan.FromMinutes(1));
    }

    [Fact]
    public void Health_turns_healthy_on_a_pass_and_unhealthy_after_retries_failures_outside_the_start_period()
    {
        var check = new HealthCheckSpec { Test = ["CMD", "true"], Retries = 2 };
        var fail = new HealthCheckResult(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, 1, "no");
        var pass = fail with { ExitCode = 0 };
        var starting = ContainerStatusRecord.New with { HealthStatus = "starting" };

        HealthState.Apply(starting, check, fail, inStartPeriod: true).HealthStatus.Should().Be("starting");
        HealthState.Apply(starting, check, fail, inStartPeriod: true).FailingStreak.Should().Be(0, "failures in the start period do not count");
        var once = HealthState.Apply(starting, check, fail, inStartPeriod: false);
        once.Should().Match<ContainerStatusRecord>(s => s.HealthStatus == "starting" && s.FailingStreak == 1);
        HealthState.Apply(once, check, fail, false).HealthStatus.Should().Be("unhealthy");
        HealthState.Apply(once, check, pass, false).Should().Match<ContainerStatusRecord>(s => s.HealthStatus == "healthy" && s.FailingStreak == 0);
        HealthState.Command(new HealthCheckSpec { Test = ["CMD-SHELL", "curl -f x"] }).Should().Equal("/bin/sh", "-c", "curl -f x");
        Enumerable.Range(0, 8).Aggregate(starting, (s, _) => HealthState.Apply(s, check, pass, false)).HealthLog.Should().HaveCount(HealthState.KeptResults);
    }

    [Fact]
    public void The_health_check_merges_the_containers_settings_over_the_images()
    {
        var image = new HealthCheckSpec { Test = ["CMD", "probe"], Interval = TimeSpan.FromSeconds(5), Retries = 4 };
        HealthCheckMerge.Effective(new HealthCheckSpec { Interval = TimeSpan.FromSeconds(1) }, image)
            .Should().BeEquivalentTo(image with { Interval = TimeSpan.FromSeconds(1) });
        HealthCheckMerge.Effective(HealthCheckSpec.Disabled, image).Should().BeNull();
        HealthCheckMerge.Effective(null, image).Should().Be(image);
    }

    [Fact]
    public void Conmon_log_lines_parse_with_their_stream_time_and_partial_flag()
    {
        K8sLogLine.TryParse("2026-12-01T21:44:26.811267352+00:00 stderr P half a li", out var partial).Should().BeTrue();
        partial.Should().Match<K8sLogLine>(l => l.Stream == OutputStream.Stderr && l.Partial && l.Text == "half a li");
        K8sLogLine.TryParse("2026-12-01T21:44:26.8+00:00 stdout F ", out var empty).Should().BeTrue();
        empty.Text.Should().BeEmpty();
        K8sLogLine.TryParse("garbage", out _).Should().BeFalse();
    }

    [Fact]
    public void Subnets_come_from_the_top_of_10_89_and_skip_what_is_taken()
    {
        var taken = new NetworkRecord { Id = "n", Name = "a", BridgeName = "cctl1", Subnet = "10.89.254.0/24", Gateway = "10.89.254.1" };
        SubnetAllocator.ChooseSubnet([taken], [Ipv4Cidr.Parse("10.89.253.0/24")]).ToString().Should().Be("10.89.252.0/24");
        SubnetAllocator.ChooseBridgeName([taken], ["cctl2", "docker0"]).Should().Be("cctl3");
        Ipv4Cidr.Parse("10.89.3.7/24").ToString().Should().Be("10.89.3.0/24");
        Ipv4Cidr.Parse("10.0.0.0/8").Overlaps(Ipv4Cidr.Parse("10.89.1.0/24")).Should().BeTrue();
        Ipv4Cidr.Parse("10.89.1.0/30").Hosts().Select(Ipv4Cidr.Format).Should().Equal("10.89.1.1", "10.89.1.2");
    }

    [Fact]
    public void The_firewall_script_removes_one_networks_rules_and_chains_and_keeps_the_others()
    {
        const string nat = """
            *nat
            :POSTROUTING ACCEPT [0:0]
            :NETAVARK-HOSTPORT-DNAT - [0:0]
            :NETAVARK-1111 - [0:0]
            :NETAVARK-DN-1111 - [0:0]
            :NETAVARK-2222 - [0:0]
            -A POSTROUTING -s 10.89.254.0/24 -j NETAVARK-1111
            -A POSTROUTING -s 10.89.2.0/24 -j NETAVARK-2222
            -A NETAVARK-1111 -d 10.89.254.0/24 -j ACCEPT
            -A NETAVARK-DN-1111 -d 127.0.0.1/32 -p tcp -m tcp --dport 8080 -j DNAT --to-destination 10.89.254.2:80
            -A NETAVARK-HOSTPORT-DNAT -p tcp -m tcp --dport 8080 -m comment --comment "dnat name: a id: x" -j NETAVARK-DN-1111
            -A NETAVARK-2222 -d 10.89.2.0/24 -j ACCEPT
            COMMIT
            """;

        var script = FirewallScript.ForNetwork("nat", nat, "10.89.254.0/24", [])!;
        var last = FirewallScript.ForNetwork("nat", nat, "10.89.254.0/24", ["NETAVARK-HOSTPORT-DNAT"])!;

        script.Should().Contain("-D POSTROUTING -s 10.89.254.0/24 -j NETAVARK-1111")
            .And.Contain("-D NETAVARK-HOSTPORT-DNAT -p tcp -m tcp --dport 8080 -m comment --comment \"dnat name: a id: x\" -j NETAVARK-DN-1111")
            .And.Contain("-X NETAVARK-1111").And.Contain("-X NETAVARK-DN-1111")
            .And.NotContain("10.89.2.0").And.NotContain("NETAVARK-2222").And.NotContain("-X NETAVARK-HOSTPORT-DNAT");
        last.Should().Contain("-F NETAVARK-HOSTPORT-DNAT").And.Contain("-X NETAVARK-HOSTPORT-DNAT", "the shared chain is left empty, so it goes too");
        FirewallScript.ForNetwork("nat", nat, "10.89.9.0/24", []).Should().BeNull();
    }

    [Fact]
    public void Netavark_gets_the_claimed_address_aliases_and_published_ports()
    {
        var network = new NetworkRecord { Id = "n1", Name = "p_default", BridgeName = "cctl1", Subnet = "10.89.254.0/24", Gateway = "10.89.254.1" };
        var container = new ContainerRecord
        {
            Id = new string('c', 64), Name = "p-web-1", Group = "p", Image = "img", ImageId = "sha256:x",
            Networks = [new EndpointRecord { NetworkName = "p_default", NetworkId = "n1", InterfaceName = "eth0", IPv4Address = "10.89.254.2", Aliases = ["web"] }],
            Ports = [new PortBinding(80, "tcp", "127.0.0.1", "8080"), new PortBinding(53, "udp", null, "5353")],
        };

        var options = NetavarkRequest.Build(container, new Dictionary<string, NetworkRecord> { ["n1"] = network });
        var json = JsonSerializer.Serialize(options, NetavarkJsonContext.Default.NetavarkOptions);

        options.Networks["p_default"].Should().BeEquivalentTo(new NetavarkPerNetwork { InterfaceName = "eth0", StaticIps = ["10.89.254.2"], Aliases = ["web", "cccccccccccc"] });
        options.NetworkInfo["p_default"].Should().Match<NetavarkNetwork>(n => n.NetworkInterface == "cctl1" && n.DnsEnabled && n.Subnets[0].Gateway == "10.89.254.1");
        options.PortMappings.Should().Equal(new NetavarkPortMapping("127.0.0.1", 80, 8080, 1, "tcp"), new NetavarkPortMapping("", 53, 5353, 1, "udp"));
        json.Should().Contain("\"container_id\"").And.Contain("\"static_ips\":[\"10.89.254.2\"]").And.Contain("\"ipam_options\":{\"driver\":\"host-local\"}");
    }

    [Fact]
    public void Hosts_and_resolv_conf_name_the_container_its_extra_hosts_and_aardvark()
    {
        var hosts = HostFiles.Hosts("abc", ["10.89.254.2"], ["db.local:10.0.0.5", "gw:host-gateway"], "10.89.254.1");
        var resolv = HostFiles.ResolvConf([], ["10.89.254.1"], ["example.com"], ["ndots:2"], "nameserver 127.0.0.53\nsearch lan\n");
        var hostOnly = HostFiles.ResolvConf([], [], [], [], "nameserver 127.0.0.53\nnameserver 192.168.1.1\nsearch lan\n");

        hosts.Should().Contain("10.89.254.2\tabc\n").And.Contain("10.0.0.5\tdb.local\n").And.Contain("10.89.254.1\tgw\n").And.StartWith("127.0.0.1\tlocalhost");
        resolv.Should().Be("search example.com\nnameserver 10.89.254.1\noptions ndots:2\n");
        hostOnly.Should().Be("search lan\nnameserver 192.168.1.1\n", "a loopback resolver of the host cannot be reached from the container");
    }

    [Fact]
    public void Status_text_reads_as_the_engines()
    {
        var now = DateTimeOffset.UnixEpoch.AddDays(1);
        ContainerView.StatusText(new ContainerStatusRecord { State = ContainerState.Running, StartedAt = now.AddSeconds(-3), HealthStatus = "healthy" }, now).Should().Be("Up 3 seconds (healthy)");
        ContainerView.StatusText(new ContainerStatusRecord { State = ContainerState.Running, StartedAt = now, HealthStatus = "starting" }, now).Should().Be("Up Less than a second (health: starting)");
        ContainerView.StatusText(new ContainerStatusRecord { State = ContainerState.Exited, ExitCode = 137, FinishedAt = now.AddMinutes(-5) }, now).Should().Be("Exited (137) 5 minutes ago");
        ContainerView.StatusText(ContainerStatusRecord.New, now).Should().Be("Created");
        Signals.Normalize("term").Should().Be("SIGTERM");
        Signals.Normalize("9").Should().Be("SIGKILL");
        Signals.Number("SIGHUP").Should().Be("1");
    }
}
