using Compose.Loading.Binding;

namespace Compose.Tests.Loading.Syntax;

public class ByteSizeSyntaxTests
{
    [Theory]
    [InlineData("1024", 1024L)]
    [InlineData("-1", -1L)]
    [InlineData("10b", 10L)]
    [InlineData("512k", 512L * 1024)]
    [InlineData("50M", 52428800L)]
    [InlineData("1.5G", 1610612736L)]
    [InlineData("2gb", 2L * 1024 * 1024 * 1024)]
    [InlineData("2GiB", 2L * 1024 * 1024 * 1024)]
    [InlineData("1 t", 1099511627776L)]
    public void Parses_binary_units_as_docker_does(string text, long bytes)
    {
        ByteSizeSyntax.TryParse(text, out var parsed).Should().BeTrue();
        parsed.Should().Be(bytes);
    }

    [Theory]
    [InlineData("")]
    [InlineData("m")]
    [InlineData("12x")]
    [InlineData("1bb")]
    [InlineData("1.5.5g")]
    [InlineData("99999999999p")]
    public void Refuses_what_is_not_a_size(string text)
    {
        ByteSizeSyntax.TryParse(text, out _).Should().BeFalse();
    }
}
