using Compose.Cli.Rendering;
using Compose.Runtime;

namespace Compose.Tests.Cli.Rendering;

public class ServiceColorsTests
{
    [Fact]
    public void Each_service_keeps_its_colour_whatever_order_they_are_given_in()
    {
        var first = new ServiceColors(["web", "db", "cache"], enabled: true);
        var second = new ServiceColors(["cache", "web", "db"], enabled: true);

        new[] { "web", "db", "cache" }.Select(first.CodeFor).Should().Equal(new[] { "web", "db", "cache" }.Select(second.CodeFor));
        new[] { "web", "db", "cache" }.Select(first.CodeFor).Distinct().Should().HaveCount(3);
        first.Paint("web", "web-1 |").Should().Be($"\u001b[{first.CodeFor("web")}mweb-1 |\u001b[0m");
    }

    [Fact]
    public void Disabled_colours_leave_text_alone()
    {
        ServiceColors.Disabled.Paint("web", "web-1 |").Should().Be("web-1 |");
    }

    [Fact]
    public void Log_lines_have_a_padded_coloured_prefix_and_optional_timestamp()
    {
        var prefixer = new LogPrefixer(new ServiceColors(["web"], enabled: false), prefix: true, timestamps: true);
        prefixer.Register("web-1");
        prefixer.Register("worker-1");
        var line = new LogLine(OutputStream.Stdout, "hello", new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));

        prefixer.Format("web-1", "web", line).Should().Be("web-1     | 2026-01-02T03:04:05.000000000Z hello");
        new LogPrefixer(ServiceColors.Disabled, prefix: false, timestamps: false).Format("web-1", "web", line).Should().Be("hello");
        Compose.Operations.Logs.LogSource.NameFor("demo", "demo-web-1").Should().Be("web-1");
        Compose.Operations.Logs.LogSource.NameFor("demo", "custom-name").Should().Be("custom-name");
    }
}
