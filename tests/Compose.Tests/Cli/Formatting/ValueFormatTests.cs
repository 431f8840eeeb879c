using Compose.Cli;
using Compose.Cli.Formatting;
using Compose.Cli.Rendering;
using Compose.Errors;

namespace Compose.Tests.Cli.Formatting;

public class ValueFormatTests
{
    [Theory]
    [InlineData(0.4, "Less than a second")]
    [InlineData(1, "1 second")]
    [InlineData(42, "42 seconds")]
    [InlineData(90, "About a minute")]
    [InlineData(600, "10 minutes")]
    [InlineData(3600, "About an hour")]
    [InlineData(5 * 3600, "5 hours")]
    [InlineData(3 * 86400, "3 days")]
    public void Durations_read_like_dockers(double seconds, string expected)
    {
        HumanDuration.Format(TimeSpan.FromSeconds(seconds)).Should().Be(expected);
    }

    [Theory]
    [InlineData(0, "0B")]
    [InlineData(999, "999B")]
    [InlineData(4_264_960, "4.26MB")]
    [InlineData(1_980_000, "1.98MB")]
    public void Image_sizes_use_decimal_units(double bytes, string expected)
    {
        ByteSize.Decimal(bytes).Should().Be(expected);
    }

    [Fact]
    public void Memory_uses_binary_units()
    {
        ByteSize.Binary(1.5 * 1024 * 1024).Should().Be("1.5MiB");
        ByteSize.Binary(604 * 1024).Should().Be("604KiB");
    }

    [Fact]
    public void Since_takes_durations_timestamps_and_dates()
    {
        var now = new DateTimeOffset(2026, 1, 2, 12, 0, 0, TimeSpan.Zero);

        TimeArgument.Parse("1h30m", "--since", now).Should().Be(now.AddMinutes(-90));
        TimeArgument.Parse("1700000000", "--since", now).Should().Be(DateTimeOffset.FromUnixTimeSeconds(1700000000));
        TimeArgument.Parse("2024-01-02T15:04:05Z", "--since", now).Should().Be(new DateTimeOffset(2024, 1, 2, 15, 4, 5, TimeSpan.Zero));
        var act = () => TimeArgument.Parse("yesterday", "--since", now);
        act.Should().Throw<UsageException>().WithMessage("--since 'yesterday' is not a time*");
    }

    [Fact]
    public void Tables_pad_columns_like_tabwriter_with_minimum_ten()
    {
        var table = new TableWriter("NAME", "STATE");
        table.AddRow("a-very-long-name-1", "running");

        table.ToString().Should().Be("NAME                 STATE\na-very-long-name-1   running\n");
        new TableWriter("ID", "X").ToString().Should().Be("ID        X\n");
    }
}
