using System.Collections;
using Compose.Loading.Binding;
using Compose.Loading.Interpolation;
using Compose.Loading.Yaml;
using Compose.Output;

namespace Compose.Tests.Conformance;

/// <summary>
/// compose-go's "everything" fixture binds to what compose-go itself expects (<c>full-example.expected.yaml</c>),
/// under that test's conditions: the environment HOME, BAR and QUX, interpolation and path resolution on,
/// normalization and consistency checks off (the file refers to services and networks it does not define).
/// </summary>
public class FullExampleTests
{
    private const string ProjectName = "full_example_project_name";

    [CorpusFact]
    public async Task Full_example_binds_to_compose_go_s_expected_output()
    {
        var directory = Corpus.PathOf("compose-go/loader");
        var variables = new VariableSource(new Dictionary<string, string>
        {
            ["HOME"] = CorpusLoader.Home,
            ["BAR"] = "this is a secret",
            ["QUX"] = "qux_from_environment",
            ["COMPOSE_PROJECT_NAME"] = ProjectName, // compose-go makes the project name available to interpolation
        });
        var tree = YamlReader.Read("full-example.yml", await File.ReadAllTextAsync(Path.Combine(directory, "full-example.yml")));
        var root = (MappingNode)new Interpolator(variables, []).Interpolate(tree);

        var bound = await ModelBinder.BindAsync(root, new BindingContext
        {
            ProjectName = ProjectName,
            ProjectDirectory = directory,
            WorkingDirectory = directory,
            Variables = variables,
        }, normalize: false, CancellationToken.None);

        var actual = PlainOf(YamlOutput.Write(ProjectDocument.From(bound.Project, escapeDollars: false, normalized: false)));
        var expected = PlainOf((await File.ReadAllTextAsync(Path.Combine(directory, "full-example.expected.yaml")))
            .Replace("__PROJECT_DIR__", directory, StringComparison.Ordinal)
            .Replace("__HOME__", CorpusLoader.Home, StringComparison.Ordinal));
        PlainDiff.Between(expected, actual).Should().BeEmpty();
    }

    private static object? PlainOf(string yaml) => PlainData.From(YamlReader.Read("output.yaml", yaml));
}
