using Compose.Loading;
using Compose.Observing;
using Compose.Planning;
using Compose.Planning.Steps;

namespace Compose.Tests.Examples;

public class ExamplesTests
{
    public static TheoryData<string> ExampleFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(RepositoryPaths.Examples, "compose.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(RepositoryPaths.Root, file));
        }

        return data;
    }

    [Fact]
    public void There_are_examples()
    {
        ExampleFiles().Should().NotBeEmpty();
    }

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public async Task Every_example_loads_and_plans_a_container_per_service(string file)
    {
        var result = await ProjectLoader.LoadAsync(new LoadRequest
        {
            WorkingDirectory = RepositoryPaths.Root,
            Environment = new Dictionary<string, string>(),
            ConfigFiles = [file],
        }, default);

        result.Warnings.Should().BeEmpty();
        var plan = Planner.PlanUp(result.Project, ObservedState.Empty(result.Project.Name), new UpOptions());
        plan.Steps.OfType<CreateContainerStep>().Select(s => s.Resource)
            .Should().BeEquivalentTo(result.Project.Services.Values.SelectMany(s => Enumerable.Range(1, s.Replicas).Select(n => ContainerNames.Resource(s.Name, n))));
        File.Exists(Path.Combine(Path.GetDirectoryName(Path.Combine(RepositoryPaths.Root, file))!, "README.md")).Should().BeTrue("every example has a README line");
    }
}
