using Compose.Loading.Binding;
using Compose.Model;

namespace Compose.Tests.Loading;

public class PortSyntaxTests
{
    [Theory]
    [InlineData("80", null, null, 80, "tcp")]
    [InlineData("8080:80", null, "8080", 80, "tcp")]
    [InlineData("127.0.0.1:8080:80", "127.0.0.1", "8080", 80, "tcp")]
    [InlineData("127.0.0.1::80", "127.0.0.1", null, 80, "tcp")]
    [InlineData("53:53/udp", null, "53", 53, "udp")]
    [InlineData("[::1]:8080:80", "::1", "8080", 80, "tcp")]
    [InlineData("9000-9010:80", null, "9000-9010", 80, "tcp")]
    public void Parses_the_short_syntax(string text, string? hostIp, string? published, int target, string protocol)
    {
        PortSyntax.Parse(text).Should().ContainSingle().Which.Should().Be(new PortMapping
        {
            HostIp = hostIp,
            Published = published,
            Target = target,
            Protocol = protocol,
        });
    }

    [Fact]
    public void Equal_ranges_expand_to_one_mapping_per_port()
    {
        PortSyntax.Parse("8000-8001:80-81").Select(p => (p.Published, p.Target)).Should().Equal(("8000", 80), ("8001", 81));
    }

    [Theory]
    [InlineData("80a")]
    [InlineData("0")]
    [InlineData("70000")]
    [InlineData("80/icmp")]
    [InlineData("1:2:3:4")]
    [InlineData("8000-8002:80-81")]
    public void Refuses_invalid_ports(string text)
    {
        var act = () => PortSyntax.Parse(text);

        act.Should().Throw<FormatException>();
    }
}
