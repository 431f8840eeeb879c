using Compose.Errors;
using Compose.Model;

namespace Compose.Tests.Loading.Binding;

public class BindingResourcesTests
{
    private static async Task<Service> WebAsync(string keys) =>
        (await TestProjects.ProjectAsync($"services:\n  web:\n    image: x\n{keys}")).Services["web"];

    [Fact]
    public async Task Cpu_and_memory_keys_take_their_units()
    {
        var web = await WebAsync("    cpus: 1.5\n    mem_limit: 512m\n    mem_reservation: 1gb\n    memswap_limit: -1\n    shm_size: 64M\n    cpu_rt_period: 950ms\n    cpu_rt_runtime: 400\n    pids_limit: 200\n    oom_score_adj: -500\n    mem_swappiness: 10\n");

        web.Should().Match<Service>(s => s.Cpus == 1.5m && s.MemLimit == 512L * 1024 * 1024 && s.MemReservation == 1024L * 1024 * 1024
            && s.MemswapLimit == -1 && s.ShmSize == 64L * 1024 * 1024 && s.CpuRtPeriod == 950_000 && s.CpuRtRuntime == 400
            && s.PidsLimit == 200 && s.OomScoreAdj == -500 && s.MemSwappiness == 10);
    }

    [Fact]
    public async Task Ulimits_sysctls_devices_and_gpus_bind()
    {
        var web = await WebAsync("""
                ulimits: {nproc: 65535, nofile: {soft: 20000, hard: 40000}}
                sysctls: [net.core.somaxconn=1024]
                devices: ["/dev/ttyUSB0:/dev/ttyACM0:rw", "/dev/fuse", "nvidia.com/gpu=all"]
                gpus: all
                blkio_config: {weight: 300, device_read_bps: [{path: /dev/sda, rate: 12mb}]}

            """);

        web.Ulimits["nproc"].Should().Be(new Ulimit { Single = 65535 });
        web.Ulimits["nofile"].Should().Be(new Ulimit { Soft = 20000, Hard = 40000 });
        web.Sysctls.Should().Equal(new Dictionary<string, string> { ["net.core.somaxconn"] = "1024" });
        web.Devices.Should().Equal(
            new ServiceDevice { Source = "/dev/ttyUSB0", Target = "/dev/ttyACM0", Permissions = "rw" },
            new ServiceDevice { Source = "/dev/fuse" },
            new ServiceDevice { Source = "nvidia.com/gpu=all" });
        web.Gpus.Should().ContainSingle().Which.Count.Should().Be(-1);
        web.BlkioConfig!.Weight.Should().Be(300);
        web.BlkioConfig.DeviceReadBps.Should().Equal(new BlkioRate("/dev/sda", 12L * 1024 * 1024));
    }

    [Theory]
    [InlineData("    ulimits: {nofile: {soft: 2, hard: 1}}\n", "compose.yaml:4:23: services.web.ulimits.nofile: the soft limit 2 is above the hard limit 1.")]
    [InlineData("    oom_score_adj: 2000\n", "compose.yaml:4:20: services.web.oom_score_adj: 2000 is out of range; use a value from -1000 to 1000.")]
    [InlineData("    mem_limit: lots\n", "compose.yaml:4:16: services.web.mem_limit: 'lots' is not a byte size; write it like 1024, 512m or 1.5g (units b, k, m, g, t, p).")]
    [InlineData("    gpus: some\n", "compose.yaml:4:11: services.web.gpus: 'some' is not a GPU request; use all or a list of device requests.")]
    [InlineData("    cgroup: shared\n", "compose.yaml:4:13: services.web.cgroup: 'shared' is not a cgroup namespace; use host or private.")]
    public async Task Bad_resource_values_are_refused_at_their_line(string keys, string message)
    {
        var act = () => WebAsync(keys);

        (await act.Should().ThrowAsync<ComposeFileException>()).WithMessage(message);
    }
}
