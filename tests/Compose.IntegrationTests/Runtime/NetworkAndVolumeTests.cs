using System.Collections.Immutable;
using Compose.IntegrationTests.Infrastructure;
using Compose.Runtime;
using Compose.Runtime.Errors;

namespace Compose.IntegrationTests.Runtime;

public sealed class NetworkAndVolumeTests() : RuntimeTestBase("netvol")
{
    [DockerFact]
    public async Task A_network_is_created_with_its_ipam_and_flags_and_inspected_back()
    {
        var name = $"{Project}_ipam";
        var spec = new NetworkCreateSpec
        {
            Name = name,
            Internal = true,
            Attachable = true,
            Labels = Labels,
            Options = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("com.docker.network.bridge.enable_icc", "true")]),
            Ipam = new IpamSpec
            {
                Config = [new IpamPoolSpec { Subnet = "10.232.0.0/16", IpRange = "10.232.5.0/24", Gateway = "10.232.0.254", AuxAddresses = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("reserved", "10.232.0.10")]) }],
            },
        };

        var id = await Runtime.CreateNetworkAsync(spec, Timeout());
        var details = await Runtime.InspectNetworkAsync(name, Timeout());
        var listed = await Runtime.ListNetworksAsync(ProjectFilter, Timeout());

        details!.Summary.Id.Should().Be(id);
        details.Summary.Should().Match<NetworkInfo>(n => n.Internal && n.Driver == "bridge");
        if (Engine.IsPodman)
        {
            // Podman 4.3 keeps no driver options it does not know (docs/runtime.md).
            details.Summary.Options.Should().NotContainKey("com.docker.network.bridge.enable_icc");
            // Podman 4.3 reports every network as not attachable and keeps no IP range or auxiliary addresses (docs/runtime.md).
            details.Summary.Attachable.Should().BeFalse();
            details.Ipam!.Config.Should().ContainSingle().Which.Should().BeEquivalentTo(spec.Ipam.Config[0] with { IpRange = null, AuxAddresses = ImmutableSortedDictionary<string, string>.Empty });
        }
        else
        {
            details.Summary.Options.Should().Contain("com.docker.network.bridge.enable_icc", "true");
            details.Summary.Attachable.Should().BeTrue();
            details.Ipam!.Config.Should().ContainSingle().Which.Should().BeEquivalentTo(spec.Ipam.Config[0]);
        }

        listed.Should().ContainSingle().Which.Name.Should().Be(name);
        var duplicate = () => Runtime.CreateNetworkAsync(spec, Timeout());
        (await duplicate.Should().ThrowAsync<ResourceConflictException>()).Which.Resource.Should().Be(name);
    }

    [DockerFact]
    public async Task A_container_is_connected_with_aliases_and_an_address_then_disconnected()
    {
        var network = $"{Project}_net";
        await Runtime.CreateNetworkAsync(new NetworkCreateSpec { Name = network, Labels = Labels, Ipam = new IpamSpec { Config = [new IpamPoolSpec { Subnet = "10.233.1.0/24" }] } }, Timeout());
        var container = await RunAsync(Busybox("box", "sleep", "300"));

        await Runtime.ConnectNetworkAsync(network, container, new NetworkAttachment(network, ["alias-one", "alias-two"]) { IPv4Address = "10.233.1.42" }, Timeout());
        var connected = await Runtime.InspectContainerAsync(container, Timeout());
        var attached = await Runtime.InspectNetworkAsync(network, Timeout());
        await Runtime.DisconnectNetworkAsync(network, container, force: false, Timeout());
        var disconnected = await Runtime.InspectContainerAsync(container, Timeout());

        connected.NetworkEndpoints[network].IPv4Address.Should().Be("10.233.1.42");
        connected.NetworkEndpoints[network].Aliases.Should().Contain(["alias-one", "alias-two"]);
        attached!.Containers.Should().ContainKey(container).WhoseValue.Should().Be($"{Project}-box");
        disconnected.NetworkEndpoints.Should().NotContainKey(network);
        (await DockerCli.OkAsync("exec", container, "sh", "-c", "ip -4 addr | grep -c 10.233.1.42 || true")).Should().Be("0");
    }

    [DockerFact]
    public async Task A_failed_connect_after_create_leaves_no_half_connected_container()
    {
        // Below API 1.44 the second network is connected after create. Docker refuses "host" there (it takes a network
        // that does not exist yet for a container that is not running); Podman refuses a network that does not exist.
        var second = Engine.IsPodman ? $"{Project}-absent" : "host";
        var spec = Busybox("half", "true") with { Networks = [new NetworkAttachment(Engine.IsPodman ? "podman" : "bridge", []), new NetworkAttachment(second, [])] };

        var act = () => Runtime.CreateContainerAsync(spec, Timeout());

        (await act.Should().ThrowAsync<ContainerRuntimeException>()).Which.Message.Should().Contain(Engine.IsPodman ? second : "host network");
        (await Runtime.ListContainersAsync(ProjectFilter, all: true, Timeout())).Should().BeEmpty("a container that could not join every network is removed");
    }

    [DockerFact]
    public async Task Volumes_are_created_inspected_listed_and_removed()
    {
        var name = $"{Project}_vol";
        var options = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("type", "tmpfs"), KeyValuePair.Create("device", "tmpfs"), KeyValuePair.Create("o", "nodev,nosuid")]);

        (await Runtime.CreateVolumeAsync(new VolumeCreateSpec { Name = name, Labels = Labels, Options = options }, Timeout())).Should().Be(name);
        var inspected = await Runtime.InspectVolumeAsync(name, Timeout());
        var listed = await Runtime.ListVolumesAsync(ProjectFilter, Timeout());
        var user = await RunAsync(Busybox("user", "sleep", "300") with { Mounts = [new MountSpec { Type = MountType.Volume, Source = name, Target = "/v" }] });
        var inUse = () => Runtime.RemoveVolumeAsync(name, force: false, Timeout());
        await inUse.Should().ThrowAsync<ResourceConflictException>();
        await Runtime.RemoveContainerAsync(user, new ContainerRemoveOptions(Force: true), Timeout());
        await Runtime.RemoveVolumeAsync(name, force: false, Timeout());

        inspected!.Driver.Should().Be("local");
        inspected.Options.Should().BeEquivalentTo(options);
        inspected.Labels.Should().Contain("com.docker.compose.project", Project);
        listed.Should().ContainSingle().Which.Name.Should().Be(name);
        (await Runtime.InspectVolumeAsync(name, Timeout())).Should().BeNull();
    }
}
