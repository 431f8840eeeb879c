using Compose.Errors;
using Compose.Loading.Interpolation;
using Compose.Loading.Yaml;

namespace Compose.Tests.Loading;

public class InterpolatorTests
{
    [Fact]
    public void Every_string_value_is_interpolated_never_a_key()
    {
        var warnings = new List<string>();
        var interpolator = new Interpolator(new VariableSource(new Dictionary<string, string> { ["V"] = "v" }), warnings);

        var tree = interpolator.Interpolate(YamlReader.Read("c.yaml", "${V}: $V\nlist: [a$V, {k: '${V}'}]\nx-ext: $$V\n"));

        TreeText.Of(tree).Should().Be("{${V}: v, list: [av, {k: v}], x-ext: $V}");
        warnings.Should().BeEmpty();
    }

    [Fact]
    public void Errors_carry_the_place_and_the_key_path()
    {
        var interpolator = new Interpolator(VariableSource.Empty, new List<string>());

        var act = () => interpolator.Interpolate(YamlReader.Read("c.yaml", "services:\n  web:\n    ports:\n      - ${PORT:?set PORT}\n"));

        act.Should().Throw<ComposeFileException>().WithMessage(
            "c.yaml:4:9: services.web.ports[0]: required variable PORT is missing a value: set PORT. Set it in the environment or in .env.");
    }

    [Fact]
    public async Task One_warning_per_unset_variable_across_files_and_includes()
    {
        var tree = TempTree.Create(
            ("compose.yaml", "include: [lib.yaml]\nservices:\n  a:\n    image: ${TAG}\n"),
            ("override.yaml", "services:\n  a:\n    command: ${TAG} ${OTHER}\n"),
            ("lib.yaml", "services:\n  b:\n    image: ${TAG}\n"));
        var warnings = new List<string>();

        await TreeText.LoadAsync([tree.Path("compose.yaml"), tree.Path("override.yaml")], warnings: warnings);

        warnings.Should().Equal(
            "The \"TAG\" variable is not set. Defaulting to a blank string.",
            "The \"OTHER\" variable is not set. Defaulting to a blank string.");
    }

    [Fact]
    public async Task No_interpolate_keeps_the_expressions()
    {
        var tree = TempTree.Create(("compose.yaml", "services:\n  a:\n    image: busybox:${TAG:-latest}\n"));

        var result = await tree.LoadAsync(adjust: r => r with { Interpolate = false });

        result.Project.Services["a"].Image.Should().Be("busybox:${TAG:-latest}");
        result.Warnings.Should().BeEmpty();
    }
}
