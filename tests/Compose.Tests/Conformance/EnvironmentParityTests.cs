using Compose.Output;

namespace Compose.Tests.Conformance;

/// <summary>
/// A service's environment as docker compose resolves and prints it (issue 14, items 3 and 4). compose-go's
/// <c>WithServicesEnvironmentResolved</c> (types/project.go) reads the env files, then overrides them with
/// <c>environment</c>, in which a bare NAME set nowhere is a nil value (<c>MappingWithEquals</c>): it prints as
/// <c>NAME: null</c> and wins over the file's value. docker compose's <c>config</c> loads with
/// <c>WithDiscardEnvFile</c>, so <c>env_file</c> and <c>label_file</c> leave the output once merged; with
/// <c>--no-interpolate</c> it renders the model unresolved, files listed and not read.
/// </summary>
public class EnvironmentParityTests
{
    [CorpusFact]
    public async Task Env_files_leave_the_printed_service_once_their_contents_are_in_the_environment()
    {
        var directory = Corpus.File("compose-e2e", "fixtures", "config_hash");

        var config = await CliRunner.RunAsync(directory, null, ["-p", "hash", "config"]);
        var model = (await CorpusLoader.LoadAsync("compose-e2e/fixtures/config_hash/compose.yaml")).Project.Services["with-env-file"];

        config.ExitCode.Should().Be(0, config.Error);
        config.Out.Should().NotContain("env_file").And.Contain("  with-env-file:\n    command:\n      - sleep\n      - \"infinity\"\n    environment:\n      EXAMPLE: value\n");
        model.EnvFiles.Should().ContainSingle("other commands keep them: convert --to kubernetes makes a ConfigMap of each")
            .Which.Path.Should().Be(Corpus.File("compose-e2e", "fixtures", "config_hash", "app.env"));
    }

    [Fact]
    public async Task Label_files_leave_it_too_and_no_interpolate_lists_both_unread()
    {
        var files = new Dictionary<string, string> { ["app.env"] = "A=1\n", ["app.labels"] = "tier=back\n" };
        const string Yaml = "services:\n  web:\n    image: x\n    env_file: app.env\n    label_file: app.labels\n";

        var merged = (await TestProjects.LoadAsync(Yaml, extraFiles: files, adjust: r => r with { DiscardEnvFiles = true })).Project.Services["web"];
        var unread = (await TestProjects.LoadAsync(Yaml, extraFiles: files, adjust: r => r with { Interpolate = false, DiscardEnvFiles = true })).Project.Services["web"];

        (merged.EnvFiles.IsEmpty, merged.LabelFiles.IsEmpty).Should().Be((true, true));
        merged.Environment.Should().ContainKey("A");
        merged.Labels.Should().ContainKey("tier");
        unread.EnvFiles.Should().ContainSingle().Which.Path.Should().EndWith("/app.env");
        unread.LabelFiles.Should().ContainSingle().Which.Should().EndWith("/app.labels");
        (unread.Environment.IsEmpty, unread.Labels.IsEmpty).Should().Be((true, true));
    }

    [CorpusFact]
    public async Task A_bare_name_set_nowhere_prints_as_null()
    {
        var project = (await CorpusLoader.LoadAsync("compose-e2e/testdata/TestScaleBasicCases/compose.yaml")).Project;

        project.Services["db"].Environment.Should().Equal(new Dictionary<string, string?> { ["MAYBE"] = null });
        YamlOutput.Write(ProjectDocument.From(project)).Should().Contain("    environment:\n      MAYBE: null\n");
        JsonOutput.Write(ProjectDocument.From(project)).Should().Contain("\"MAYBE\": null");
    }

    [CorpusFact]
    public async Task A_bare_name_takes_the_shell_s_value_when_it_has_one()
    {
        var project = (await CorpusLoader.LoadAsync("compose-e2e/testdata/TestUnsetEnv/compose.yaml",
            new Dictionary<string, string> { ["HOME"] = CorpusLoader.Home, ["EMPTY"] = "hello" })).Project;

        project.Services["empty-variable"].Environment.Should().Equal(new Dictionary<string, string?> { ["EMPTY"] = "hello" });
    }

    [Fact]
    public async Task A_bare_name_set_nowhere_hides_the_env_file_s_value_in_config()
    {
        var directory = TestTemp.Directory("composectl-env-");
        await File.WriteAllTextAsync(Path.Combine(directory, "app.env"), "FROM_FILE=file\nKEPT=file\n");
        await File.WriteAllTextAsync(Path.Combine(directory, "compose.yaml"), "services:\n  app:\n    image: x\n    env_file: app.env\n    environment: [FROM_FILE]\n");

        var result = await CliRunner.RunAsync(directory, null, ["config"]);

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("    environment:\n      FROM_FILE: null\n      KEPT: file\n").And.NotContain("env_file");
    }
}
