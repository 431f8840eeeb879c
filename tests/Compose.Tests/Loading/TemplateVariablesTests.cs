using Compose.Loading.Interpolation;

namespace Compose.Tests.Loading;

public class TemplateVariablesTests
{
    [Theory]
    [InlineData("$NAME", "NAME|False||")]
    [InlineData("${NAME}", "NAME|False||")]
    [InlineData("pre-${NAME:-fallback}-post", "NAME|False|fallback|")]
    [InlineData("${NAME-fallback}", "NAME|False|fallback|")]
    [InlineData("${NAME:?say why}", "NAME|True||")]
    [InlineData("${NAME?}", "NAME|True||")]
    [InlineData("${NAME:+alternate}", "NAME|False||alternate")]
    [InlineData("${A:-${B:-c}}", "A|False|${B:-c}|", "B|False|c|")]
    [InlineData("$$ESCAPED and $(date) and ${ broken", new string[0])]
    public void Each_use_is_found_with_its_modifier(string text, params string[] expected)
    {
        TemplateVariables.Extract(text).Select(v => $"{v.Name}|{v.Required}|{v.DefaultValue}|{v.AlternateValue}").Should().Equal(expected);
    }
}
