using Compose.Planning;
using Compose.Runtime;

namespace Compose.Tests.Planning.Specs;

public class ServiceContainerSpecTests
{
    [Fact]
    public async Task Process_and_host_settings_reach_the_runtime_spec()
    {
        var project = await TestProjects.ProjectAsync("""
            services:
              web:
                image: busybox
                platform: linux/amd64
                domainname: example.org
                mac_address: 02:42:ac:11:00:02
                expose: ["8000-8001", "53/udp"]
                extra_hosts: {db: [10.0.0.2, 10.0.0.3]}
                dns: [1.1.1.1]
                dns_search: [corp]
                dns_opt: [ndots:1]
                cap_add: [NET_ADMIN]
                cap_drop: [ALL]
                security_opt: [no-new-privileges]
                privileged: true
                read_only: true
                shm_size: 64m
                sysctls: {net.core.somaxconn: 1024}
                ulimits: {nofile: {soft: 1024, hard: 2048}, nproc: 512}
                devices: ["/dev/fuse"]
                device_cgroup_rules: ["c 10:229 rwm"]
                group_add: [audio]
                logging: {driver: json-file, options: {max-size: 10m}}
                uts: host
                userns_mode: host
                cgroup: private
                runtime: runc
                storage_opt: {size: 20G}
                annotations: {a: b}
            """);

        var spec = ContainerSpecFactory.Create(project, project.Services["web"], 1, "h");

        spec.Should().Match<ContainerCreateSpec>(s => s.Platform == "linux/amd64" && s.Domainname == "example.org" && s.MacAddress == "02:42:ac:11:00:02"
            && s.Privileged && s.ReadOnlyRootFilesystem && s.ShmSize == 64 * 1024 * 1024 && s.UtsMode == "host" && s.UsernsMode == "host"
            && s.CgroupnsMode == "private" && s.Runtime == "runc");
        spec.ExposedPorts.Should().Equal("8000/tcp", "8001/tcp", "53/udp");
        spec.ExtraHosts.Should().Equal("db:10.0.0.2", "db:10.0.0.3");
        spec.Dns.Should().Equal("1.1.1.1");
        spec.DnsSearch.Should().Equal("corp");
        spec.DnsOptions.Should().Equal("ndots:1");
        spec.CapAdd.Should().Equal("NET_ADMIN");
        spec.CapDrop.Should().Equal("ALL");
        spec.SecurityOpt.Should().Equal("no-new-privileges");
        spec.Sysctls.Should().Equal(new Dictionary<string, string> { ["net.core.somaxconn"] = "1024" });
        spec.Ulimits.Should().Equal(new UlimitSpec("nofile", 1024, 2048), new UlimitSpec("nproc", 512, 512));
        spec.Devices.Should().Equal(new DeviceMapping("/dev/fuse", "/dev/fuse", "rwm"));
        spec.DeviceCgroupRules.Should().Equal("c 10:229 rwm");
        spec.GroupAdd.Should().Equal("audio");
        spec.Logging.Should().BeEquivalentTo(new LogConfigSpec("json-file", System.Collections.Immutable.ImmutableSortedDictionary<string, string>.Empty.Add("max-size", "10m")));
        spec.Docker!.StorageOpt.Should().Equal(new Dictionary<string, string> { ["size"] = "20G" });
        spec.Annotations.Should().Equal(new Dictionary<string, string> { ["a"] = "b" });
    }

    [Fact]
    public async Task Service_references_resolve_to_the_first_container_of_that_service()
    {
        var project = await TestProjects.ProjectAsync("""
            services:
              db: {image: busybox}
              web:
                image: busybox
                network_mode: "service:db"
                ipc: "service:db"
                pid: host
                volumes_from: ["db:ro", "container:legacy"]
                links: ["db:database"]
                external_links: [cache]
            """);

        var spec = ContainerSpecFactory.Create(project, project.Services["web"], 1, "h");

        spec.NetworkMode.Should().Be("container:test-db-1");
        spec.Networks.Should().BeEmpty("a service sharing another's network stack joins no networks itself");
        spec.IpcMode.Should().Be("container:test-db-1");
        spec.PidMode.Should().Be("host");
        spec.Docker!.VolumesFrom.Should().Equal("test-db-1:ro", "legacy");
        spec.Docker!.Links.Should().Equal("test-db-1:database", "cache:cache");
    }

    [Fact]
    public async Task Networks_keep_addresses_and_the_highest_priority_comes_first()
    {
        var project = await TestProjects.ProjectAsync("""
            services:
              web:
                image: busybox
                networks:
                  a: {priority: 1}
                  b: {priority: 5, aliases: [www], ipv4_address: 10.5.0.9, gw_priority: 2, mac_address: 02:00:00:00:00:01}
            networks: {a: {}, b: {}}
            """);

        var spec = ContainerSpecFactory.Create(project, project.Services["web"], 1, "h");

        spec.Networks.Select(n => n.NetworkName).Should().Equal("test_b", "test_a");
        spec.Networks[0].Should().Match<NetworkAttachment>(n => n.IPv4Address == "10.5.0.9" && n.Priority == 2 && n.MacAddress == "02:00:00:00:00:01"
            && n.Aliases.SequenceEqual(new[] { "web", "www" }));
    }
}
