using Compose.Cli.Formatting;
using Compose.Errors;

namespace Compose.Tests.Cli.Formatting;

public class OutputTemplateTests
{
    private static readonly List<KeyValuePair<string, object?>> Row =
    [
        new("Name", "demo-web-1"),
        new("Service", "web"),
        new("ExitCode", 3),
        new("Publishers", new List<List<KeyValuePair<string, object?>>> { new() { new("URL", "127.0.0.1"), new("PublishedPort", 8080) } }),
    ];

    [Fact]
    public void Fields_are_replaced_and_text_kept()
    {
        OutputTemplate.Parse("{{.Name}} is {{.Service}} ({{.ExitCode}})").Render(Row).Should().Be("demo-web-1 is web (3)");
    }

    [Fact]
    public void Json_of_a_field_and_of_the_whole_row()
    {
        OutputTemplate.Parse("{{json .Publishers}}").Render(Row).Should().Be("""[{"URL":"127.0.0.1","PublishedPort":8080}]""");
        OutputTemplate.Parse("{{json .}}").Render(Row).Should().StartWith("""{"Name":"demo-web-1","Service":"web","ExitCode":3,""");
    }

    [Fact]
    public void Upper_lower_and_escaped_tabs()
    {
        OutputTemplate.Parse(@"{{upper .Service}}\t{{lower .Name}}").Render(Row).Should().Be("WEB\tdemo-web-1");
    }

    [Fact]
    public void A_table_template_has_a_header_from_the_field_names()
    {
        var template = OutputTemplate.Parse(@"table {{.Name}}\t{{.ExitCode}}");

        template.IsTable.Should().BeTrue();
        template.Header(new Dictionary<string, string> { ["ExitCode"] = "EXIT CODE" }).Should().Be("NAME\tEXIT CODE");
    }

    [Fact]
    public void An_unknown_field_names_the_fields_there_are()
    {
        var act = () => OutputTemplate.Parse("{{.Nope}}").Render(Row);

        act.Should().Throw<ComposeException>().WithMessage("*can't evaluate field Nope*Name, Service, ExitCode, Publishers*");
    }

    [Theory]
    [InlineData("{{range .Publishers}}x{{end}}")]
    [InlineData("{{.Name")]
    [InlineData("{{printf \"%s\" .Name}}")]
    public void Unsupported_templates_are_refused_with_what_is_supported(string format)
    {
        var act = () => OutputTemplate.Parse(format);

        act.Should().Throw<ComposeException>().WithMessage("*template*");
    }
}
