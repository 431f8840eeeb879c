using Compose.Loading.Interpolation;

namespace Compose.Tests.Loading;

public class TemplateTests
{
    private static readonly VariableSource Variables = new(new Dictionary<string, string>
    {
        ["NAME"] = "web",
        ["EMPTY"] = "",
        ["PORT"] = "8080",
    });

    [Theory]
    [InlineData("$NAME", "web")]
    [InlineData("${NAME}", "web")]
    [InlineData("pre-${NAME}-post", "pre-web-post")]
    [InlineData("$NAME.example", "web.example")]
    [InlineData("$$NAME", "$NAME")]
    [InlineData("a$$b", "a$b")]
    [InlineData("${UNSET:-fallback}", "fallback")]
    [InlineData("${EMPTY:-fallback}", "fallback")]
    [InlineData("${EMPTY-fallback}", "")]
    [InlineData("${UNSET-fallback}", "fallback")]
    [InlineData("${NAME:+alt}", "alt")]
    [InlineData("${EMPTY:+alt}", "")]
    [InlineData("${EMPTY+alt}", "alt")]
    [InlineData("${UNSET+alt}", "")]
    [InlineData("${UNSET:-${NAME}}", "web")]
    [InlineData("${UNSET:-${ALSO_UNSET:-deep}}", "deep")]
    [InlineData("${UNSET:-a:b}", "a:b")]
    [InlineData("no variables", "no variables")]
    [InlineData("cost $ 5", "cost $ 5")]
    [InlineData("trailing $", "trailing $")]
    [InlineData("echo $(date) $1", "echo $(date) $1")]
    [InlineData("${UNSET:-$}", "$")]
    public void Expands_variables_and_modifiers(string text, string expected)
    {
        Template.Expand(text, Variables).Should().Be(expected);
    }

    [Fact]
    public void Unset_variables_become_empty_and_are_reported()
    {
        var unset = new List<string>();

        Template.Expand("${A}-$B", Variables, unset.Add).Should().Be("-");

        unset.Should().Equal("A", "B");
    }

    [Theory]
    [InlineData("${UNSET:?must be set}", "required variable UNSET is missing a value: must be set")]
    [InlineData("${EMPTY:?}", "required variable EMPTY is missing a value")]
    [InlineData("${UNSET?no}", "required variable UNSET is missing a value: no")]
    public void Required_variables_fail_with_their_message(string text, string message)
    {
        var act = () => Template.Expand(text, Variables);

        act.Should().Throw<RequiredVariableException>().WithMessage(message);
    }

    [Fact]
    public void Required_but_empty_is_fine_without_colon()
    {
        Template.Expand("${EMPTY?x}", Variables).Should().Be("");
    }

    [Theory]
    [InlineData("${NAME")]
    [InlineData("${}")]
    [InlineData("${1A}")]
    [InlineData("${NAME!x}")]
    public void Malformed_templates_are_refused(string text)
    {
        var act = () => Template.Expand(text, Variables);

        act.Should().Throw<TemplateSyntaxException>().WithMessage("invalid interpolation format*");
    }
}
