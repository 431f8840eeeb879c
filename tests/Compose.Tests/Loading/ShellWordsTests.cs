using Compose.Loading.Binding;

namespace Compose.Tests.Loading;

public class ShellWordsTests
{
    [Theory]
    [InlineData("echo hello", new[] { "echo", "hello" })]
    [InlineData("sh -c 'echo a b'", new[] { "sh", "-c", "echo a b" })]
    [InlineData("echo \"a \\\"b\\\"\"", new[] { "echo", "a \"b\"" })]
    [InlineData("a\\ b c", new[] { "a b", "c" })]
    [InlineData("  spaced   out  ", new[] { "spaced", "out" })]
    [InlineData("empty ''", new[] { "empty", "" })]
    public void Splits_like_a_shell(string text, string[] expected)
    {
        ShellWords.Split(text).Should().Equal(expected);
    }

    [Fact]
    public void Unterminated_quotes_are_an_error()
    {
        var act = () => ShellWords.Split("echo 'open");

        act.Should().Throw<FormatException>();
    }
}
