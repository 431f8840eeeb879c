using Compose.Errors;
using Compose.Model;

namespace Compose.Tests.Loading.Binding;

public class BindingNetworksTests
{
    [Fact]
    public async Task Service_attachments_keep_aliases_addresses_and_priorities()
    {
        var project = await TestProjects.ProjectAsync("""
            services:
              web:
                image: x
                networks:
                  front:
                    aliases: [www]
                    ipv4_address: 10.0.0.5
                    ipv6_address: "fd00::5"
                    mac_address: 02:42:ac:11:00:02
                    link_local_ips: [169.254.1.1]
                    priority: 10
                    gw_priority: 1
                    interface_name: eth7
                    driver_opts: {mtu: 1400}
                  back:
            networks:
              front:
              back:
            """);

        var web = project.Services["web"];
        web.Networks["back"].Should().BeSameAs(ServiceNetwork.Default);
        web.Networks["front"].Should().BeEquivalentTo(new ServiceNetwork
        {
            Aliases = ["www"], Ipv4Address = "10.0.0.5", Ipv6Address = "fd00::5", MacAddress = "02:42:ac:11:00:02",
            LinkLocalIps = ["169.254.1.1"], Priority = 10, GwPriority = 1, InterfaceName = "eth7",
            DriverOpts = ModelMaps.From([KeyValuePair.Create("mtu", "1400")]),
        });
    }

    [Fact]
    public async Task Top_level_networks_bind_ipam_and_legacy_external_names()
    {
        var project = await TestProjects.ProjectAsync("""
            services:
              web: {image: x, networks: [lan, outside]}
            networks:
              lan:
                driver: bridge
                enable_ipv6: true
                internal: true
                ipam:
                  driver: default
                  config: [{subnet: 172.28.0.0/16, gateway: 172.28.0.1, aux_addresses: {host1: 172.28.1.5}}]
              outside:
                external: {name: corp-net}
            """);

        project.Networks["lan"].Should().BeEquivalentTo(new Network
        {
            Name = "test_lan", Driver = "bridge", EnableIpv6 = true, Internal = true,
            Ipam = new NetworkIpam
            {
                Driver = "default",
                Config = [new IpamPool { Subnet = "172.28.0.0/16", Gateway = "172.28.0.1", AuxAddresses = ModelMaps.From([KeyValuePair.Create("host1", "172.28.1.5")]) }],
            },
        });
        project.Networks["outside"].Should().Match<Network>(n => n.External && n.Name == "corp-net");
    }

    [Fact]
    public async Task A_service_with_a_network_mode_joins_no_default_network()
    {
        var project = await TestProjects.ProjectAsync("services:\n  db: {image: x}\n  sidecar: {image: x, network_mode: \"service:db\"}\n");

        project.Services["sidecar"].Networks.Should().BeEmpty();
        project.Services["sidecar"].NetworkMode.Should().Be("service:db");
    }

    [Theory]
    [InlineData("  web: {image: x, networks: [nope]}\n", "compose.yaml:2:30: services.web.networks.nope: service \"web\" refers to undefined network nope; declare it under the top-level networks:.")]
    [InlineData("  web: {image: x, network_mode: \"service:nope\"}\n", "compose.yaml:2:19: services.web.network_mode: service \"web\" shares a namespace with undefined service \"nope\"; define it or remove the reference.")]
    [InlineData("  web: {image: x, network_mode: host, networks: [default]}\n", "compose.yaml:2:19: services.web.network_mode: service \"web\" sets both network_mode and networks, which exclude each other; remove one of them.")]
    [InlineData("  web: {image: x, network_mode: \"service:\"}\n", "compose.yaml:2:33: services.web.network_mode: 'service:' is not a network mode; use bridge, host, none, service:NAME or container:NAME.")]
    public async Task Bad_network_settings_are_refused_at_their_line(string services, string message)
    {
        var act = () => TestProjects.ProjectAsync("services:\n" + services);

        (await act.Should().ThrowAsync<ComposeFileException>()).WithMessage(message);
    }
}
