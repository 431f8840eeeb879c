using Compose.Errors;
using Compose.Loading;

namespace Compose.Tests.Conformance;

/// <summary>
/// Compose files that together define nothing are refused (issue 14, item 6), as compose-go's <c>load</c>
/// (loader/loader.go) refuses a merged model with no key: "empty compose file". That model is empty for an empty file,
/// one of only comments (the YAML decoder reads no document) and one holding only <c>version</c>, which is deleted
/// before the check. Included files are not checked (compose-go loads them without <c>load</c>), nor is an empty
/// override next to a real file.
/// </summary>
public class EmptyFileParityTests
{
    [CorpusFact]
    public async Task Compose_go_s_empty_fixture_is_refused_naming_the_file()
    {
        var directory = Corpus.File("compose-go", "loader", "testdata");

        var result = await CliRunner.RunAsync(directory, null, ["-f", "empty.yaml", "config"]);

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("empty.yaml: empty compose file; add a services: section, or name the file that has one with -f.");
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n\n# and another\n")]
    [InlineData("version: '3.8'\n")]
    [InlineData("---\n")]
    public async Task A_file_that_defines_nothing_is_refused(string content)
    {
        var act = () => TestProjects.LoadAsync(content);

        (await act.Should().ThrowAsync<ComposeException>()).WithMessage("compose.yaml: empty compose file; add a services: section, or name the file that has one with -f.");
    }

    [Fact]
    public async Task An_empty_override_or_included_file_is_fine_and_several_empty_files_are_all_named()
    {
        var directory = TestTemp.Directory("composectl-empty-");
        await File.WriteAllTextAsync(Path.Combine(directory, "compose.yaml"), "include: [empty.yaml]\nservices:\n  web: {image: x}\n");
        await File.WriteAllTextAsync(Path.Combine(directory, "compose.override.yaml"), "");
        await File.WriteAllTextAsync(Path.Combine(directory, "empty.yaml"), "");
        await File.WriteAllTextAsync(Path.Combine(directory, "other.yaml"), "# nothing\n");

        var loaded = await ProjectLoader.LoadAsync(new LoadRequest { WorkingDirectory = directory, Environment = new Dictionary<string, string>() }, CancellationToken.None);
        var act = () => ProjectLoader.LoadAsync(
            new LoadRequest { WorkingDirectory = directory, Environment = new Dictionary<string, string>(), ConfigFiles = ["empty.yaml", "other.yaml"] }, CancellationToken.None);

        loaded.Project.Services.Keys.Should().Equal("web");
        (await act.Should().ThrowAsync<ComposeException>()).WithMessage("empty.yaml, other.yaml: empty compose file*");
    }

    [Fact]
    public async Task A_file_with_only_a_name_is_a_project_without_services()
    {
        (await TestProjects.LoadAsync("name: lonely\n", projectName: null)).Project.Services.Should().BeEmpty();
    }
}
