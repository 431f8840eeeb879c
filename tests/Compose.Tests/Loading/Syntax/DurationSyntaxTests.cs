using Compose.Loading.Binding;

namespace Compose.Tests.Loading.Syntax;

public class DurationSyntaxTests
{
    [Theory]
    [InlineData("1m30s", 90_000)]
    [InlineData("1h2m3s", 3_723_000)]
    [InlineData("1.5s", 1_500)]
    [InlineData("300ms", 300)]
    [InlineData("10", 10_000)]
    public void Parses_go_durations_and_bare_seconds(string text, int milliseconds)
    {
        DurationSyntax.TryParse(text, out var duration).Should().BeTrue();
        duration.Should().Be(TimeSpan.FromMilliseconds(milliseconds));
    }

    [Theory]
    [InlineData(0, "0s")]
    [InlineData(500, "500ms")]
    [InlineData(1_500, "1.5s")]
    [InlineData(20_000, "20s")]
    [InlineData(60_000, "1m0s")]
    [InlineData(90_000, "1m30s")]
    [InlineData(3_600_000, "1h0m0s")]
    public void Formats_as_go_prints_durations(int milliseconds, string text)
    {
        DurationSyntax.Format(TimeSpan.FromMilliseconds(milliseconds)).Should().Be(text);
    }

    [Fact]
    public void Formats_sub_millisecond_durations_in_smaller_units()
    {
        DurationSyntax.Format(TimeSpan.FromTicks(15)).Should().Be("1.5µs");
    }
}
