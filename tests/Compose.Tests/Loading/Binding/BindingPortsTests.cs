using Compose.Errors;
using Compose.Model;

namespace Compose.Tests.Loading.Binding;

public class BindingPortsTests
{
    private static async Task<Service> WebAsync(string ports) =>
        (await TestProjects.ProjectAsync($"services:\n  web:\n    image: x\n    ports:\n{ports}")).Services["web"];

    [Fact]
    public async Task Long_syntax_keeps_every_field()
    {
        var web = await WebAsync("      - {name: web, target: 80, published: 8080-8081, host_ip: 127.0.0.1, protocol: UDP, mode: host, app_protocol: http}\n");

        web.Ports.Should().Equal(new PortMapping
        {
            Name = "web", Target = 80, Published = "8080-8081", HostIp = "127.0.0.1", Protocol = "udp", Mode = "host", AppProtocol = "http",
        });
    }

    [Fact]
    public async Task Short_syntax_ranges_expand_and_ipv6_hosts_keep_their_address()
    {
        var web = await WebAsync("      - \"[::1]:9000-9001:90-91/udp\"\n      - 3000\n");

        web.Ports.Should().Equal(
            new PortMapping { HostIp = "::1", Published = "9000", Target = 90, Protocol = "udp" },
            new PortMapping { HostIp = "::1", Published = "9001", Target = 91, Protocol = "udp" },
            new PortMapping { Target = 3000 });
    }

    [Theory]
    [InlineData("      - {target: 0}\n", "compose.yaml:5:18: services.web.ports[0].target: '0' is not a valid port (1-65535).")]
    [InlineData("      - {target: 80, published: 'x'}\n", "compose.yaml:5:33: services.web.ports[0].published: 'x' is not a valid host port or range (like 8080 or 8000-8010).")]
    [InlineData("      - {target: 80, mode: swarm}\n", "compose.yaml:5:28: services.web.ports[0].mode: 'swarm' is not a port mode; use ingress or host.")]
    [InlineData("      - {published: 80}\n", "compose.yaml:5:9: services.web.ports[0]: a port needs a target (the container port).")]
    [InlineData("      - {target: 80, hostip: x}\n", "compose.yaml:5:22: services.web.ports[0].hostip: unknown key 'hostip'; did you mean 'host_ip'?")]
    [InlineData("      - \"8000-8001:80-82\"\n", "compose.yaml:5:9: services.web.ports[0]: '8000-8001:80-82' is not a valid port: the host range 8000-8001 and container range 80-82 differ in length.")]
    public async Task Bad_ports_are_refused_at_their_line(string ports, string message)
    {
        var act = () => WebAsync(ports);

        (await act.Should().ThrowAsync<ComposeFileException>()).WithMessage(message);
    }
}
