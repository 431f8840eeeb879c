using System.Collections.Immutable;
using Compose.Model;

namespace Compose.Tests.Hashing;

/// <summary>
/// A service, a network and a volume with nearly every hashed field set (scalars of each type, nullable and
/// non-nullable, maps, sequences, nested records), built in code so their hashes depend on no file path. Their
/// hashes were recorded with the reflection-driven writer before it was replaced by the generated one.
/// </summary>
public static class KitchenSink
{
    public static Service Service { get; } = new()
    {
        Name = "sink",
        Image = "busybox:1.36",
        Platform = "linux/amd64",
        Command = ["sh", "-c", "echo ready && sleep 3600"],
        Entrypoint = [],
        Environment = Map(("A", (string?)"1"), ("Z", (string?)"last"), ("EMPTY", (string?)"")),
        Labels = Map(("com.example.team", "core")),
        Annotations = Map(("note", "kept")),
        WorkingDir = "/srv",
        User = "1000:1000",
        Hostname = "sink",
        Domainname = "example.test",
        Tty = true,
        StdinOpen = false,
        Init = false,
        StopSignal = "SIGINT",
        StopGracePeriod = TimeSpan.FromSeconds(12.5),
        HealthCheck = new HealthCheck
        {
            Test = ["CMD-SHELL", "test -f /tmp/ready"],
            Interval = TimeSpan.FromSeconds(2),
            Timeout = TimeSpan.FromMilliseconds(1500),
            Retries = 0,
            StartPeriod = TimeSpan.Zero,
        },
        Restart = "on-failure:3",
        PreStart = [new ServiceHook { Command = ["true"], User = "root", Privileged = true, Environment = Map(("X", (string?)null)) }],
        Ports = [new PortMapping { Target = 80, Published = "8080", HostIp = "127.0.0.1" }, new PortMapping { Target = 0, Protocol = "udp" }],
        Expose = ["9000-9001", "53/udp"],
        Networks = Map(
            ("back", new ServiceNetwork { Aliases = ["db"], Ipv4Address = "10.5.0.2", Priority = 0, GwPriority = 5 }),
            ("front", ServiceNetwork.Default)),
        Dns = ["1.1.1.1"],
        ExtraHosts = Map(("gateway", ImmutableArray.Create("10.0.0.1", "::1")), ("nowhere", ImmutableArray<string>.Empty)),
        Volumes =
        [
            new ServiceMount { Type = ServiceMount.Volume, Source = "data", Target = "/data", VolumeOptions = new MountVolumeOptions { NoCopy = true, Subpath = "sub" } },
            new ServiceMount { Type = ServiceMount.Tmpfs, Target = "/run", TmpfsOptions = new MountTmpfsOptions { Size = 65536, Mode = 0x1ff } },
        ],
        Tmpfs = ["/tmp:size=1m"],
        Secrets = [new ServiceFileReference { Source = "token", Target = "api-token", Mode = 0x124 }],
        Configs = [new ServiceFileReference { Source = "settings", Uid = "0", Gid = "0" }],
        Privileged = false,
        ReadOnly = true,
        CapAdd = ["NET_ADMIN"],
        CapDrop = ["ALL"],
        SecurityOpt = ["no-new-privileges:true"],
        CredentialSpec = new CredentialSpec { Registry = "spec" },
        Cgroup = "private",
        Cpus = 0.50m,
        CpuShares = 512,
        CpuRtRuntime = -1,
        MemLimit = 256L * 1024 * 1024,
        MemswapLimit = -1,
        OomKillDisable = false,
        ShmSize = 0,
        BlkioConfig = new BlkioConfig { Weight = 300, DeviceReadBps = [new BlkioRate("/dev/sda", 1048576)], WeightDevice = [new BlkioWeightDevice("/dev/sda", 0)] },
        Ulimits = Map(("nofile", new Ulimit { Soft = 1024, Hard = 4096 }), ("nproc", new Ulimit { Single = 65535 })),
        Sysctls = Map(("net.core.somaxconn", "1024")),
        Devices = [new ServiceDevice { Source = "/dev/fuse", Permissions = "rwm" }],
        Gpus = [new DeviceRequest { Capabilities = ["gpu"], Count = -1, Options = Map(("x", "y")) }],
        Deploy = new DeployConfig
        {
            Replicas = 2,
            Resources = new DeployResources { Limits = new ResourceLimits { Cpus = 1.25m, Memory = 1 << 20, GenericResources = [new GenericResource("gpu", 1)] } },
            RestartPolicy = new RestartPolicy { Condition = "any", Delay = TimeSpan.FromSeconds(5), MaxAttempts = 0 },
        },
        Logging = new LoggingConfig { Driver = "json-file", Options = Map(("max-size", "10m")) },
        Provider = new ServiceProvider { Type = "model", Options = Map(("model", ImmutableArray.Create("ai/smollm2"))) },
        Models = Map(("llm", new ServiceModelBinding { EndpointVariable = "LLM_URL" })),
    };

    public static Network Network { get; } = new()
    {
        Name = "sink_back",
        Driver = "bridge",
        DriverOpts = Map(("com.docker.network.bridge.name", "sink0")),
        Internal = true,
        EnableIpv4 = true,
        EnableIpv6 = false,
        Ipam = new NetworkIpam { Driver = "default", Config = [new IpamPool { Subnet = "10.5.0.0/16", Gateway = "10.5.0.1", AuxAddresses = Map(("host", "10.5.0.254")) }] },
        Labels = Map(("tier", "back")),
        Extensions = Map(("x-note", (object?)"kept"), ("x-count", (object?)3L), ("x-list", (object?)ImmutableArray.Create<object?>("a", true, null))),
    };

    public static Volume Volume { get; } = new()
    {
        Name = "sink_data",
        DriverOpts = Map(("type", "tmpfs"), ("device", "tmpfs")),
        Labels = Map(("backup", "nightly")),
        Extensions = Map(("x-nested", (object?)Map(("b", (object?)2.5), ("a", (object?)false)))),
    };

    public static IReadOnlyDictionary<string, string> Files { get; } = new Dictionary<string, string>
    {
        ["secret:token"] = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        ["config:settings"] = "missing",
    };

    private static ImmutableSortedDictionary<string, T> Map<T>(params (string Key, T Value)[] entries) =>
        ModelMaps.From(entries.Select(e => KeyValuePair.Create(e.Key, e.Value)));
}
