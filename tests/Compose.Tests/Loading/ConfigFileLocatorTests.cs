using System.Collections.Immutable;
using Compose.Errors;
using Compose.Loading;
using Compose.Loading.Interpolation;

namespace Compose.Tests.Loading;

public class ConfigFileLocatorTests
{
    private const string Service = "services:\n  a:\n    image: x\n";

    private static ImmutableArray<string> Locate(TempTree tree, Func<LoadRequest, LoadRequest>? adjust = null, Dictionary<string, string>? environment = null, List<string>? warnings = null)
    {
        var request = new LoadRequest { WorkingDirectory = tree.Root, Environment = ImmutableDictionary<string, string>.Empty };
        return ConfigFileLocator.Locate(adjust is null ? request : adjust(request), new VariableSource(environment ?? []), warnings ?? []);
    }

    [Fact]
    public void Discovers_the_standard_name_and_its_override_in_a_parent()
    {
        var tree = TempTree.Create(("compose.yaml", Service), ("compose.override.yaml", Service), ("src/deep/file.txt", ""));

        var files = Locate(tree, r => r with { WorkingDirectory = tree.Path("src/deep") });

        files.Should().Equal(tree.Path("compose.yaml"), tree.Path("compose.override.yaml"));
    }

    [Fact]
    public void Any_standard_override_name_goes_with_any_standard_name()
    {
        var tree = TempTree.Create(("docker-compose.yml", Service), ("compose.override.yaml", Service));

        Locate(tree).Should().Equal(tree.Path("docker-compose.yml"), tree.Path("compose.override.yaml"));
    }

    [Fact]
    public void Several_standard_names_warn_and_the_first_wins()
    {
        var tree = TempTree.Create(("compose.yaml", Service), ("docker-compose.yml", Service));
        var warnings = new List<string>();

        Locate(tree, warnings: warnings).Should().Equal(tree.Path("compose.yaml"));

        warnings.Should().ContainSingle().Which.Should().StartWith("Found multiple config files with supported names: ");
    }

    [Fact]
    public void Discovery_starts_in_the_project_directory_when_given()
    {
        var tree = TempTree.Create(("compose.yaml", Service), ("other/compose.yaml", Service));

        Locate(tree, r => r with { ProjectDirectory = "other" }).Should().Equal(tree.Path("other/compose.yaml"));
    }

    [Fact]
    public void Compose_file_honours_the_path_separator()
    {
        var tree = TempTree.Create(("a.yaml", Service), ("b.yaml", Service));

        Locate(tree, environment: new() { ["COMPOSE_FILE"] = "a.yaml;b.yaml", ["COMPOSE_PATH_SEPARATOR"] = ";" })
            .Should().Equal(tree.Path("a.yaml"), tree.Path("b.yaml"));
    }

    [Fact]
    public void Explicit_files_win_over_compose_file()
    {
        var tree = TempTree.Create(("a.yaml", Service), ("b.yaml", Service));

        Locate(tree, r => r with { ConfigFiles = ["b.yaml"] }, new() { ["COMPOSE_FILE"] = "a.yaml" }).Should().Equal(tree.Path("b.yaml"));
    }

    [Fact]
    public void Nothing_found_says_where_it_looked()
    {
        var tree = TempTree.Create();

        var act = () => Locate(tree, r => r with { WorkingDirectory = "/" });

        act.Should().Throw<ComposeException>().WithMessage("no configuration file provided: not found in / or its parents.*");
    }
}
