using Compose.Execution;
using Compose.Runtime.Errors;

namespace Compose.Tests.Execution;

public class PortConflictTests
{
    [Theory]
    [InlineData("driver failed programming external connectivity on endpoint x (f00): Error starting userland proxy: listen tcp4 127.0.0.1:18999: bind: address already in use", "127.0.0.1:18999")]
    [InlineData("driver failed programming external connectivity on endpoint x (f00): Bind for 0.0.0.0:8080 failed: port is already allocated", "0.0.0.0:8080")]
    [InlineData("Error starting userland proxy: listen udp6 [::1]:53: bind: address already in use", "[::1]:53")]
    public void The_message_names_the_container_the_host_port_and_the_ports_to_change(string engine, string endpoint)
    {
        var error = PortConflict.Describe("demo-web-1", "service:web:1", null, new PortAlreadyAllocatedException("start container", "f00", engine));

        error.Message.Should().Be(
            $"container demo-web-1 cannot start: host port {endpoint} is already in use (by another program, or a container of another project); stop what holds it or change services.web.ports.");
    }

    [Fact]
    public void An_engine_message_without_an_address_still_says_what_to_do()
    {
        var error = PortConflict.Describe("demo-web-1", "container:demo-web-1", null, new PortAlreadyAllocatedException("start container", "f00", "port is already allocated"));

        error.Message.Should().Be(
            "container demo-web-1 cannot start: a host port it publishes is already in use (by another program, or a container of another project); stop what holds it or change its ports.");
    }

    [Fact]
    public void A_one_off_is_named_by_its_service_label_and_told_it_can_run_without_published_ports()
    {
        var labels = new Dictionary<string, string> { ["com.docker.compose.service"] = "web", ["com.docker.compose.oneoff"] = "True" };

        var error = PortConflict.Describe("demo-web-run-1a2b", "container:demo-web-run-1a2b", labels, new PortAlreadyAllocatedException("start container", "f00", "Bind for 0.0.0.0:8080 failed: port is already allocated"));

        error.Message.Should().Be(
            "container demo-web-run-1a2b cannot start: host port 0.0.0.0:8080 is already in use (by another program, or a container of another project); " +
            "stop what holds it or change services.web.ports, or run without --service-ports and --publish.");
    }
}
