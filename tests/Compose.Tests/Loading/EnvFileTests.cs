using Compose.Errors;
using Compose.Loading.Interpolation;

namespace Compose.Tests.Loading;

public class EnvFileTests
{
    private static Dictionary<string, string> Parse(string text, Dictionary<string, string>? shell = null) =>
        EnvFile.Parse(text, ".env", shell is null ? null : new VariableSource(shell)).ToDictionary(kv => kv.Key, kv => kv.Value);

    [Fact]
    public void Reads_plain_assignments_comments_and_export()
    {
        Parse("# comment\nA=1\n\nexport B=two\nC = spaced \n").Should().Equal(new Dictionary<string, string>
        {
            ["A"] = "1",
            ["B"] = "two",
            ["C"] = "spaced",
        });
    }

    [Fact]
    public void Unquoted_values_drop_inline_comments_but_keep_hashes_inside_words()
    {
        Parse("A=value # note\nB=pass#word\n").Should().Equal(new Dictionary<string, string> { ["A"] = "value", ["B"] = "pass#word" });
    }

    [Fact]
    public void Single_quotes_are_literal()
    {
        Parse("A='$HOME \\n #x'\n")["A"].Should().Be("$HOME \\n #x");
    }

    [Fact]
    public void Double_quotes_take_escapes_and_span_lines()
    {
        var values = Parse("A=\"line1\\nline2\"\nB=\"first\nsecond\"\nC=after\n");

        values["A"].Should().Be("line1\nline2");
        values["B"].Should().Be("first\nsecond");
        values["C"].Should().Be("after");
    }

    [Fact]
    public void References_see_earlier_lines_and_the_shell()
    {
        var values = Parse("A=one\nB=${A}-two\nC=${FROM_SHELL}\n", new Dictionary<string, string> { ["FROM_SHELL"] = "s" });

        values["B"].Should().Be("one-two");
        values["C"].Should().Be("s");
    }

    [Fact]
    public void An_unclosed_quote_names_the_line()
    {
        var act = () => Parse("A=1\nB=\"open\n");

        act.Should().Throw<ComposeFileException>().WithMessage(".env:2:1: the value of B opens a \" quote that is never closed.");
    }
}
