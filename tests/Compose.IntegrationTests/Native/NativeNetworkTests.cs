using System.Collections.Immutable;
using System.Net.Sockets;
using Compose.IntegrationTests.Infrastructure;
using Compose.Runtime;

namespace Compose.IntegrationTests.Native;

[Collection(NativeCollection.Name)]
public sealed class NativeNetworkTests
{
    [NativeFact]
    public async Task Containers_on_a_network_reach_each_other_by_name_and_by_alias()
    {
        await using var host = await NativeHost.StartAsync(TestNames.UniqueProject("ndns"));
        var network = await host.NetworkAsync();
        var db = await host.RunAsync(host.Container("db", "sleep", "60") with { Networks = [new NetworkAttachment(network, ["db", "database"])] });
        var web = await host.RunAsync(host.Container("web", "sleep", "60") with { Networks = [new NetworkAttachment(network, ["web"])] });
        var dbAddress = (await host.Engine.InspectContainerAsync(db, CancellationToken.None)).NetworkEndpoints[network].IPv4Address;

        foreach (var name in new[] { "db", "database", $"{host.Project}-db-1" })
        {
            var (code, output) = await host.ExecAsync(web, "nslookup", name);
            code.Should().Be(0, $"{name} resolves: {output}");
            output.Should().Contain(dbAddress!);
        }

        (await host.ExecAsync(web, "ping", "-c", "1", "-W", "3", "database")).ExitCode.Should().Be(0, "traffic flows between the two over the bridge");
        (await host.ExecAsync(web, "nslookup", "nosuchservice")).ExitCode.Should().NotBe(0);
    }

    [NativeFact]
    public async Task Containers_joining_later_leave_the_bridge_MAC_address_the_running_ones_cached()
    {
        // Left to the kernel, a bridge takes the lowest MAC of its ports, so some of five later ports would change it
        // (netavark 1.4 does not fix it) and the first container's cached gateway address would go stale.
        await using var host = await NativeHost.StartAsync(TestNames.UniqueProject("nmac"));
        var bridge = "cmac" + Guid.NewGuid().ToString("N")[..8];
        var network = await host.NetworkAsync(bridge: bridge);
        var first = await host.RunAsync(host.Container("first", "sleep", "60") with { Networks = [new NetworkAttachment(network, ["first"])] });
        var device = Path.Combine("/sys/class/net", bridge);
        var pinned = (await File.ReadAllTextAsync(Path.Combine(device, "address"))).Trim();
        (await File.ReadAllTextAsync(Path.Combine(device, "addr_assign_type"))).Trim().Should().Be("3", "the address is set explicitly (NET_ADDR_SET), so the kernel keeps it");

        for (var i = 1; i <= 5; i++)
        {
            await host.RunAsync(host.Container($"later{i}", "sleep", "60") with { Networks = [new NetworkAttachment(network, [$"later{i}"])] });
        }

        (await File.ReadAllTextAsync(Path.Combine(device, "address"))).Trim().Should().Be(pinned);
        var (code, output) = await host.ExecAsync(first, "nslookup", "later5");
        code.Should().Be(0, $"the first container still reaches aardvark-dns on the gateway: {output}");
    }

    [NativeFact]
    public async Task A_published_port_answers_on_127_0_0_1()
    {
        await using var host = await NativeHost.StartAsync(TestNames.UniqueProject("nport"));
        var network = await host.NetworkAsync();
        var port = FreePort();
        await host.RunAsync(host.Container("web", "sh", "-c", "echo hello-from-native > /var/www/index.html; httpd -f -p 80 -h /var/www") with
        {
            Networks = [new NetworkAttachment(network, ["web"])],
            Ports = [new PortBinding(80, "tcp", "127.0.0.1", port.ToString(System.Globalization.CultureInfo.InvariantCulture))],
        });

        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var body = await host.EventuallyAsync(async () =>
        {
            try
            {
                return await client.GetStringAsync($"http://127.0.0.1:{port}/index.html");
            }
            catch (HttpRequestException)
            {
                return "";
            }
        }, text => text.Length > 0, TimeSpan.FromSeconds(10));

        body.Should().Be("hello-from-native\n");
        var listed = await host.Engine.ListContainersAsync(LabelFilter.Of("com.docker.compose.project", host.Project), all: false, CancellationToken.None);
        listed.Single().Ports.Should().ContainSingle().Which.Should().Be(new PublishedPort(80, "tcp", "127.0.0.1", port));
    }

    [NativeFact]
    public async Task Network_mode_of_another_container_shares_its_namespace_and_host_mode_shares_the_hosts()
    {
        await using var host = await NativeHost.StartAsync(TestNames.UniqueProject("nmode"));
        var network = await host.NetworkAsync();
        var app = await host.RunAsync(host.Container("app", "sh", "-c", "httpd -f -p 8080 -h /etc") with { Networks = [new NetworkAttachment(network, ["app"])] });
        var sidecar = await host.RunAsync(host.Container("sidecar", "sleep", "60") with { NetworkMode = "container:" + app });
        var isolated = await host.RunAsync(host.Container("isolated", "sleep", "60") with { NetworkMode = "none", ExtraHosts = ["somehost:10.1.2.3"] });
        var onHost = await host.RunAsync(host.Container("onhost", "sleep", "60") with { NetworkMode = "host" });

        var shared = await host.EventuallyAsync(() => host.ExecAsync(sidecar, "wget", "-q", "-O", "-", "http://127.0.0.1:8080/hostname"), r => r.ExitCode == 0, TimeSpan.FromSeconds(5));
        shared.ExitCode.Should().Be(0, "the sidecar reaches the app's port on its own loopback");
        shared.Output.Trim().Should().Be(app[..12], "the app's /etc/hostname is its short id");
        (await host.ExecAsync(isolated, "ip", "-o", "link")).Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle("a none network has only loopback");
        (await host.ExecAsync(isolated, "cat", "/etc/hosts")).Output.Should().Contain("10.1.2.3\tsomehost");
        (await host.ExecAsync(onHost, "cat", "/proc/net/dev")).Output.Should().Contain("eth0", "host mode sees the host's interfaces");
    }

    private static int FreePort()
    {
        var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
