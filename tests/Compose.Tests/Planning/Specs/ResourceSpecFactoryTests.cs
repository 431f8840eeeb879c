using Compose.Planning.Specs;
using Compose.Runtime;

namespace Compose.Tests.Planning.Specs;

public class ResourceSpecFactoryTests
{
    [Fact]
    public async Task Service_limits_win_over_deploy_resources_which_fill_the_rest()
    {
        var project = await TestProjects.ProjectAsync("""
            services:
              web:
                image: busybox
                mem_limit: 256m
                cpu_shares: 512
                oom_kill_disable: true
                blkio_config: {weight: 300}
                gpus: all
                deploy:
                  resources:
                    limits: {cpus: '1.5', memory: 1g, pids: 100}
                    reservations:
                      memory: 128m
                      devices: [{driver: nvidia, count: 1, capabilities: [gpu, compute]}]
            """);

        var resources = ResourceSpecFactory.Create(project.Services["web"]);

        resources.Should().Match<ResourceSpec>(r => r.Memory == 256L * 1024 * 1024 && r.NanoCpus == 1_500_000_000 && r.PidsLimit == 100
            && r.MemoryReservation == 128L * 1024 * 1024 && r.CpuShares == 512 && r.OomKillDisable == true && r.BlkioWeight == 300);
        resources.DeviceRequests.Should().HaveCount(2);
        resources.DeviceRequests[0].Should().Match<DeviceRequestSpec>(d => d.Count == -1 && d.Capabilities.SequenceEqual(new[] { "gpu" }));
        resources.DeviceRequests[1].Should().Match<DeviceRequestSpec>(d => d.Driver == "nvidia" && d.Count == 1 && d.Capabilities.Count() == 2);
    }
}
