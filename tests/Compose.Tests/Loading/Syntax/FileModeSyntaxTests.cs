using Compose.Loading.Binding;

namespace Compose.Tests.Loading.Syntax;

public class FileModeSyntaxTests
{
    [Theory]
    [InlineData("0440", false, 288)]
    [InlineData("0o440", false, 288)]
    [InlineData("440", true, 288)]
    [InlineData("288", false, 288)]
    [InlineData("1777", true, 1023)]
    public void Reads_octal_as_docker_compose_does(string text, bool quoted, int mode)
    {
        FileModeSyntax.TryParse(text, quoted, out var parsed).Should().BeTrue();
        parsed.Should().Be(mode);
    }

    [Theory]
    [InlineData("0489", false)]
    [InlineData("rw", true)]
    [InlineData("77777", true)]
    public void Refuses_what_is_not_a_mode(string text, bool quoted)
    {
        FileModeSyntax.TryParse(text, quoted, out _).Should().BeFalse();
    }

    [Fact]
    public void Formats_with_a_leading_zero_so_it_reads_back_as_octal()
    {
        FileModeSyntax.Format(288).Should().Be("0440");
        FileModeSyntax.TryParse(FileModeSyntax.Format(1023), quoted: true, out var mode).Should().BeTrue();
        mode.Should().Be(1023);
    }
}
