using Compose.Errors;
using Compose.Model;

namespace Compose.Tests.Loading.Binding;

public class BindingEnvironmentTests
{
    private static readonly Dictionary<string, string> Shell = new() { ["FROM_SHELL"] = "shell", ["BASE"] = "base" };

    private static async Task<(Project Project, Service Web)> LoadAsync(string service, Dictionary<string, string> files)
    {
        var result = await TestProjects.LoadAsync($"services:\n  web:\n    image: x\n{service}", Shell, extraFiles: files);
        return (result.Project, result.Project.Services["web"]);
    }

    [Fact]
    public async Task Env_files_merge_in_order_and_environment_wins()
    {
        var (project, web) = await LoadAsync("    env_file: [a.env, b.env]\n    environment:\n      B: from-service\n", new()
        {
            ["a.env"] = "A=1\nB=from-a\nC=${BASE}-c\n",
            ["b.env"] = "B=from-b\nD=${A}-d\n",
        });

        web.Environment.Should().Equal(new Dictionary<string, string?> { ["A"] = "1", ["B"] = "from-service", ["C"] = "base-c", ["D"] = "1-d" });
        web.EnvFiles.Select(f => f.Path).Should().Equal(Path.Combine(project.WorkingDirectory, "a.env"), Path.Combine(project.WorkingDirectory, "b.env"));
    }

    [Fact]
    public async Task A_bare_name_takes_the_shell_value_else_stays_unset_over_the_env_file_value()
    {
        // compose-go's WithServicesEnvironmentResolved: environment.OverrideBy(service.Environment), where a bare
        // name set nowhere is a nil value, so it wins over the env_file's and the container gets NAME unset.
        var (_, web) = await LoadAsync("    env_file: a.env\n    environment: [FROM_SHELL, UNSET, FROM_FILE, FILE_ONLY=from-service]\n", new()
        {
            ["a.env"] = "FROM_FILE=file\nFROM_SHELL=file\nKEPT=file\n",
        });

        web.Environment.Should().Equal(new Dictionary<string, string?>
        {
            ["FILE_ONLY"] = "from-service", ["FROM_FILE"] = null, ["FROM_SHELL"] = "shell", ["KEPT"] = "file", ["UNSET"] = null,
        });
    }

    [Fact]
    public async Task An_optional_missing_env_file_is_skipped_and_raw_files_are_literal()
    {
        var (_, web) = await LoadAsync("    env_file:\n      - path: missing.env\n        required: false\n      - path: raw.env\n        format: raw\n", new()
        {
            ["raw.env"] = "# comment\nQUOTED=\"kept as is\"\nDOLLAR=${NOT_EXPANDED}\n",
        });

        web.Environment.Should().Equal(new Dictionary<string, string?> { ["DOLLAR"] = "${NOT_EXPANDED}", ["QUOTED"] = "\"kept as is\"" });
        web.EnvFiles.Should().HaveCount(2).And.Contain(f => !f.Required && f.Path.EndsWith("missing.env"));
    }

    [Fact]
    public async Task A_missing_required_env_file_is_refused_at_its_entry()
    {
        var act = () => LoadAsync("    env_file:\n      - ok.env\n      - missing.env\n", new() { ["ok.env"] = "" });

        (await act.Should().ThrowAsync<ComposeFileException>())
            .WithMessage("compose.yaml:6:9: services.web.env_file[1]: missing.env not found; create it or mark it required: false.");
    }

    [Fact]
    public async Task An_unknown_env_file_format_is_refused()
    {
        var act = () => LoadAsync("    env_file:\n      - path: a.env\n        format: json\n", new() { ["a.env"] = "" });

        (await act.Should().ThrowAsync<ComposeFileException>())
            .WithMessage("compose.yaml:6:17: services.web.env_file[0].format: 'json' is not a supported env_file format; leave it out for the usual KEY=VALUE rules, or use raw.");
    }

    [Fact]
    public async Task Label_files_merge_under_labels()
    {
        var (_, web) = await LoadAsync("    label_file: app.labels\n    labels: [tier=web, empty]\n", new()
        {
            ["app.labels"] = "tier=from-file\nteam=core\n",
        });

        web.Labels.Should().Equal(new Dictionary<string, string> { ["empty"] = "", ["team"] = "core", ["tier"] = "web" });
    }
}
