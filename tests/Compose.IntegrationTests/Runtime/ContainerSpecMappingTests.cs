using System.Collections.Immutable;
using System.Text.Json;
using Compose.IntegrationTests.Infrastructure;
using Compose.Runtime;

namespace Compose.IntegrationTests.Runtime;

/// <summary>A container created from a spec that sets nearly everything, checked through <c>docker inspect</c>.</summary>
public sealed class ContainerSpecMappingTests() : RuntimeTestBase("spec")
{
    private readonly string _hostDirectory = TestTemp.Directory("composectl-spec-");

    [DockerFact(PodmanBug = "its inspect drops or reshapes several HostConfig fields the create body carries (Domainname, StopSignal by number, tmpfs options, and more), so the round trip through inspect cannot show every setting")]
    public async Task Every_setting_of_the_spec_reaches_the_engine()
    {
        var spec = await FullSpecAsync();

        var id = await RunAsync(spec);
        using var inspect = JsonDocument.Parse(await DockerCli.OkAsync("inspect", id));
        var root = inspect.RootElement[0];
        var config = root.GetProperty("Config");
        var host = root.GetProperty("HostConfig");

        // Every mismatch at once, not only the first.
        using var scope = new FluentAssertions.Execution.AssertionScope();
        AssertConfig(config);
        AssertHealthCheck(config.GetProperty("Healthcheck"));
        AssertHost(host);
        AssertResources(host);
        AssertMounts(root.GetProperty("Mounts"), host);
        AssertNetworks(root.GetProperty("NetworkSettings").GetProperty("Networks"));
        Directory.Exists(Path.Combine(_hostDirectory, "created")).Should().BeTrue("a bind with create-host-path creates the missing source");
        (await DockerCli.OkAsync("exec", id, "cat", "/etc/hosts")).Should().Contain("127.0.0.2\tmyhost");
    }

    private async Task<ContainerCreateSpec> FullSpecAsync()
    {
        var primary = $"{Project}_front";
        var secondary = $"{Project}_back";
        await Runtime.CreateNetworkAsync(new NetworkCreateSpec { Name = primary, Labels = Labels, Ipam = new IpamSpec { Config = [new IpamPoolSpec { Subnet = "10.231.7.0/24" }] } }, Timeout());
        await Runtime.CreateNetworkAsync(new NetworkCreateSpec { Name = secondary, Labels = Labels }, Timeout());
        var donor = await Runtime.CreateContainerAsync(Busybox("donor", "true") with { Mounts = [new MountSpec { Type = MountType.Volume, Target = "/donated" }] }, Timeout());
        return WithHostSettings(Busybox("full", "sleep", "300") with
        {
            Platform = "linux/amd64",
            Entrypoint = ["/bin/sh", "-c", "exec \"$@\"", "sh"],
            Environment = ["A=1", "B=two words"],
            WorkingDirectory = "/tmp",
            User = "0:0",
            Hostname = "fullhost",
            Domainname = "example.test",
            MacAddress = "02:42:0a:e7:07:63",
            Tty = true,
            OpenStdin = true,
            StopSignal = "SIGUSR1",
            StopTimeout = TimeSpan.FromSeconds(7),
            ExposedPorts = ["9000/udp"],
            Ports = [new PortBinding(8080, "tcp", "127.0.0.1", TestNames.FreeLoopbackPort().ToString())],
            HealthCheck = new HealthCheckSpec { Test = ["CMD-SHELL", "true"], Interval = TimeSpan.FromSeconds(2), Timeout = TimeSpan.FromMilliseconds(1500), Retries = 4, StartPeriod = TimeSpan.FromSeconds(5) },
            Networks = [new NetworkAttachment(primary, ["front-alias"]) { IPv4Address = "10.231.7.99" }, new NetworkAttachment(secondary, ["back-alias"])],
            Mounts = Mounts(),
            Tmpfs = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("/run", "size=1m")]),
            Docker = new DockerContainerOptions { VolumesFrom = [$"{donor}:ro"] },
            RestartPolicy = new RestartPolicySpec("on-failure", 2),
        });
    }

    private static ContainerCreateSpec WithHostSettings(ContainerCreateSpec spec) => spec with
    {
        Resources = new ResourceSpec { NanoCpus = 500_000_000, CpuShares = 512, CpusetCpus = "0", Memory = 64 << 20, MemoryReservation = 32 << 20, MemorySwap = 128 << 20, PidsLimit = 100, OomScoreAdj = 100 },
        // nproc too: a container that sets any ulimit loses Podman's default_ulimits, and Podman as root then raises nproc above the hard limit.
        Ulimits = [new UlimitSpec("nofile", 1024, 2048), new UlimitSpec("nproc", 4096, 4096)],
        Sysctls = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("net.core.somaxconn", "1024")]),
        CapAdd = ["NET_ADMIN"],
        CapDrop = ["MKNOD"],
        SecurityOpt = ["no-new-privileges"],
        Devices = [new DeviceMapping("/dev/null", "/dev/xnull", "rw")],
        DeviceCgroupRules = ["c 1:3 mr"],
        Dns = ["127.0.0.1"],
        DnsSearch = ["example.test"],
        DnsOptions = ["ndots:2"],
        ExtraHosts = ["myhost:127.0.0.2"],
        Logging = new LogConfigSpec("json-file", ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("max-size", "1m")])),
        Init = true,
        ReadOnlyRootFilesystem = true,
        ShmSize = 32 << 20,
        IpcMode = "private",
        CgroupnsMode = "private",
        Runtime = "runc",
        GroupAdd = ["1234"],
    };

    private ImmutableArray<MountSpec> Mounts() =>
    [
        new MountSpec { Type = MountType.Bind, Source = _hostDirectory, Target = "/host", ReadOnly = true, BindPropagation = "rprivate" },
        new MountSpec { Type = MountType.Bind, Source = Path.Combine(_hostDirectory, "created"), Target = "/created", BindCreateHostPath = true },
        new MountSpec { Type = MountType.Volume, Source = $"{Project}_data", Target = "/data", VolumeNoCopy = true, VolumeLabels = Labels },
        new MountSpec { Type = MountType.Volume, Target = "/anonymous" },
        new MountSpec { Type = MountType.Tmpfs, Target = "/scratch", TmpfsSizeBytes = 2 << 20, TmpfsMode = Convert.ToInt32("1770", 8) },
    ];

    private static void AssertConfig(JsonElement config)
    {
        Strings(config, "Entrypoint").Should().Equal("/bin/sh", "-c", "exec \"$@\"", "sh");
        Strings(config, "Cmd").Should().Equal("sleep", "300");
        Strings(config, "Env").Should().Contain(["A=1", "B=two words"]);
        config.GetProperty("WorkingDir").GetString().Should().Be("/tmp");
        config.GetProperty("User").GetString().Should().Be("0:0");
        config.GetProperty("Hostname").GetString().Should().Be("fullhost");
        // Podman 4.3 keeps no domain name, reports the stop signal by number and adds its default tmpfs options (docs/runtime.md).
        config.GetProperty("Domainname").GetString().Should().Be(Engine.IsPodman ? "" : "example.test");
        config.GetProperty("Tty").GetBoolean().Should().BeTrue();
        config.GetProperty("OpenStdin").GetBoolean().Should().BeTrue();
        config.GetProperty("StopSignal").GetString().Should().Be(Engine.IsPodman ? "10" : "SIGUSR1");
        config.GetProperty("StopTimeout").GetInt32().Should().Be(7);
        config.GetProperty("ExposedPorts").EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo("8080/tcp", "9000/udp");
    }

    private static void AssertHealthCheck(JsonElement health)
    {
        Strings(health, "Test").Should().Equal("CMD-SHELL", "true");
        health.GetProperty("Interval").GetInt64().Should().Be(2_000_000_000);
        health.GetProperty("Timeout").GetInt64().Should().Be(1_500_000_000);
        health.GetProperty("StartPeriod").GetInt64().Should().Be(5_000_000_000);
        health.GetProperty("Retries").GetInt32().Should().Be(4);
    }

    private void AssertHost(JsonElement host)
    {
        host.GetProperty("RestartPolicy").GetProperty("Name").GetString().Should().Be("on-failure");
        host.GetProperty("RestartPolicy").GetProperty("MaximumRetryCount").GetInt32().Should().Be(2);
        host.GetProperty("PortBindings").GetProperty("8080/tcp")[0].GetProperty("HostIp").GetString().Should().Be("127.0.0.1");
        host.GetProperty("Tmpfs").GetProperty("/run").GetString().Should().StartWith("size=1m").And.Match(Engine.IsPodman ? "size=1m*" : "size=1m");
        Strings(host, "VolumesFrom").Should().ContainSingle().Which.Should().EndWith(":ro");
        host.GetProperty("Ulimits")[0].GetProperty("Hard").GetInt64().Should().Be(2048);
        host.GetProperty("Sysctls").GetProperty("net.core.somaxconn").GetString().Should().Be("1024");
        Strings(host, "CapAdd").Should().Equal("NET_ADMIN");
        Strings(host, "CapDrop").Should().Equal("MKNOD");
        Strings(host, "SecurityOpt").Should().Equal("no-new-privileges");
        host.GetProperty("Devices")[0].GetProperty("PathInContainer").GetString().Should().Be("/dev/xnull");
        Strings(host, "DeviceCgroupRules").Should().Equal("c 1:3 mr");
        Strings(host, "Dns").Should().Equal("127.0.0.1");
        Strings(host, "DnsSearch").Should().Equal("example.test");
        Strings(host, "DnsOptions").Should().Equal("ndots:2");
        Strings(host, "ExtraHosts").Should().Equal("myhost:127.0.0.2");
        host.GetProperty("LogConfig").GetProperty("Config").GetProperty("max-size").GetString().Should().Be("1m");
        host.GetProperty("Init").GetBoolean().Should().BeTrue();
        host.GetProperty("ReadonlyRootfs").GetBoolean().Should().BeTrue();
        host.GetProperty("ShmSize").GetInt64().Should().Be(32 << 20);
        host.GetProperty("IpcMode").GetString().Should().Be("private");
        host.GetProperty("CgroupnsMode").GetString().Should().Be("private");
        host.GetProperty("Runtime").GetString().Should().Be("runc");
        Strings(host, "GroupAdd").Should().Equal("1234");
        host.GetProperty("NetworkMode").GetString().Should().Be($"{Project}_front");
    }

    private static void AssertResources(JsonElement host)
    {
        host.GetProperty("NanoCpus").GetInt64().Should().Be(500_000_000);
        host.GetProperty("CpuShares").GetInt64().Should().Be(512);
        host.GetProperty("CpusetCpus").GetString().Should().Be("0");
        host.GetProperty("Memory").GetInt64().Should().Be(64 << 20);
        host.GetProperty("MemoryReservation").GetInt64().Should().Be(32 << 20);
        host.GetProperty("MemorySwap").GetInt64().Should().Be(128 << 20);
        host.GetProperty("PidsLimit").GetInt64().Should().Be(100);
        host.GetProperty("OomScoreAdj").GetInt32().Should().Be(100);
    }

    private void AssertMounts(JsonElement mounts, JsonElement host)
    {
        var byTarget = mounts.EnumerateArray().ToDictionary(m => m.GetProperty("Destination").GetString()!, m => m);
        byTarget["/host"].GetProperty("RW").GetBoolean().Should().BeFalse();
        byTarget["/host"].GetProperty("Propagation").GetString().Should().Be("rprivate");
        byTarget["/data"].GetProperty("Name").GetString().Should().Be($"{Project}_data");
        byTarget["/anonymous"].GetProperty("Type").GetString().Should().Be("volume");
        byTarget.Should().ContainKey("/donated", "volumes_from brings the donor's volume");
        Strings(host, "Binds").Should().Equal($"{Path.Combine(_hostDirectory, "created")}:/created:rw");
        var tmpfs = host.GetProperty("Mounts").EnumerateArray().Single(m => m.GetProperty("Target").GetString() == "/scratch");
        tmpfs.GetProperty("TmpfsOptions").GetProperty("SizeBytes").GetInt64().Should().Be(2 << 20);
        tmpfs.GetProperty("TmpfsOptions").GetProperty("Mode").GetInt32().Should().Be(Convert.ToInt32("1770", 8));
        var volume = host.GetProperty("Mounts").EnumerateArray().Single(m => m.GetProperty("Target").GetString() == "/data");
        volume.GetProperty("VolumeOptions").GetProperty("NoCopy").GetBoolean().Should().BeTrue();
    }

    private void AssertNetworks(JsonElement networks)
    {
        var front = networks.GetProperty($"{Project}_front");
        front.GetProperty("IPAddress").GetString().Should().Be("10.231.7.99");
        front.GetProperty("MacAddress").GetString().Should().Be("02:42:0a:e7:07:63");
        Strings(front, "Aliases").Should().Contain("front-alias");
        Strings(networks.GetProperty($"{Project}_back"), "Aliases").Should().Contain("back-alias");
    }

    private static string[] Strings(JsonElement element, string property) =>
        [.. element.GetProperty(property).EnumerateArray().Select(e => e.GetString()!)];

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_hostDirectory, recursive: true);
    }
}
