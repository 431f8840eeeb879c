using System.Collections.Immutable;
using Compose.Errors;
using Compose.Loading;

namespace Compose.Tests.Loading;

public class EnvironmentResolverTests
{
    private const string Echo = "services:\n  web:\n    image: ${IMAGE:-none}\n    command: echo ${A:-} ${B:-}\n";

    [Fact]
    public async Task The_shell_wins_over_dot_env()
    {
        var tree = TempTree.Create(("compose.yaml", Echo), (".env", "IMAGE=from-file\nA=file\n"));

        var web = (await tree.LoadAsync(environment: new Dictionary<string, string> { ["A"] = "shell" })).Project.Services["web"];

        web.Image.Should().Be("from-file");
        web.Command.Should().Equal("echo", "shell");
    }

    [Fact]
    public async Task Env_files_replace_dot_env_and_later_ones_win()
    {
        var tree = TempTree.Create(("compose.yaml", Echo), (".env", "IMAGE=dotenv\n"), ("one.env", "IMAGE=one\nA=one\n"), ("two.env", "A=two-after-${A}\n"));

        var web = (await tree.LoadAsync(adjust: r => r with { EnvFiles = ["one.env", "two.env"] })).Project.Services["web"];

        web.Image.Should().Be("one");
        web.Command.Should().Equal("echo", "two-after-one");
    }

    [Fact]
    public async Task A_missing_env_file_is_an_error()
    {
        var tree = TempTree.Create(("compose.yaml", Echo));

        var act = () => tree.LoadAsync(adjust: r => r with { EnvFiles = ["missing.env"] });

        (await act.Should().ThrowAsync<ComposeException>()).WithMessage($"{tree.Path("missing.env")}: env file not found (from --env-file or COMPOSE_ENV_FILES); check the path.");
    }

    [Fact]
    public async Task Compose_env_files_names_the_env_files_when_no_flag_does()
    {
        var tree = TempTree.Create(("compose.yaml", Echo), (".env", "IMAGE=dotenv\n"), ("one.env", "IMAGE=one\n"), ("two.env", "A=two\n"));

        var web = (await tree.LoadAsync(environment: new Dictionary<string, string> { ["COMPOSE_ENV_FILES"] = "one.env, two.env" })).Project.Services["web"];

        web.Image.Should().Be("one");
        web.Command.Should().Equal("echo", "two");
    }

    [Fact]
    public async Task Dot_env_in_the_working_directory_can_name_the_files_and_the_profiles()
    {
        var tree = TempTree.Create(
            (".env", "COMPOSE_FILE=app/compose.yaml:app/extra.yaml\nCOMPOSE_PROFILES=debug\nA=from-working-dir\n"),
            ("app/compose.yaml", Echo + "  tools:\n    image: tools\n    profiles: [debug]\n"),
            ("app/extra.yaml", "services:\n  web:\n    image: extra\n"),
            ("app/.env", "A=from-project\nB=from-project\n"));

        var project = (await tree.LoadAsync()).Project;

        project.Services.Keys.Should().Equal("tools", "web");
        project.Services["web"].Image.Should().Be("extra");
        project.Services["web"].Command.Should().Equal("echo", "from-working-dir", "from-project");
    }

    [Fact]
    public async Task The_project_name_may_come_from_dot_env()
    {
        var tree = TempTree.Create(("compose.yaml", Echo), (".env", "COMPOSE_PROJECT_NAME=fromenv\n"));

        (await tree.LoadAsync(adjust: r => r with { ProjectName = null })).Project.Name.Should().Be("fromenv");
    }

    [CorpusFact]
    public async Task Env_priority_fixtures_follow_docker_compose()
    {
        var directory = Corpus.File("compose-e2e", "testdata", "TestEnvPriority");
        var shell = new Dictionary<string, string> { ["WHEREAMI"] = "shell" };

        (await VariableAsync(directory, [], ImmutableDictionary<string, string>.Empty)).Should().Be("Env File");
        (await VariableAsync(directory, [".env.override"], ImmutableDictionary<string, string>.Empty)).Should().Be("override");
        (await VariableAsync(directory, [".env.override"], shell)).Should().Be("shell");
        (await VariableAsync(directory, [".env.override.with.default"], ImmutableDictionary<string, string>.Empty)).Should().Be("EnvFileDefaultValue");
        (await VariableAsync(directory, [".env.override.with.default"], shell)).Should().Be("shell");
        (await VariableAsync(directory, [".env.empty"], ImmutableDictionary<string, string>.Empty)).Should().BeNull();
    }

    [CorpusFact]
    public async Task Compose_file_set_by_dot_env_in_the_working_directory()
    {
        var result = await LoadE2eAsync(r => r with { WorkingDirectory = Corpus.File("compose-e2e", "fixtures", "dotenv") });

        result.Project.Services.Values.Select(s => s.Image).Should().Equal("test:latest", "enabled:profile");
    }

    [CorpusFact]
    public async Task Compose_file_set_by_project_directory()
    {
        var result = await LoadE2eAsync(r => r with { ProjectDirectory = "fixtures/dotenv/development" });

        result.Project.Services.Values.Select(s => s.Image).Should().Equal("backend:latest");
    }

    [CorpusFact]
    public async Task Compose_file_set_by_env_file()
    {
        var tree = TempTree.Create((".env", "COMPOSE_FILE=fixtures/dotenv/development/compose.yaml\nIMAGE_NAME=test\nIMAGE_TAG=latest\nCOMPOSE_PROFILES=test\n"));

        var result = await LoadE2eAsync(r => r with { EnvFiles = [tree.Path(".env")] });

        result.Project.Services.Values.Select(s => s.Image).Should().Equal("test:latest", "enabled:profile");
    }

    [CorpusFact]
    public async Task Nested_dot_env_files_the_working_directory_one_winning()
    {
        var fromRoot = await LoadE2eAsync(r => r with { WorkingDirectory = Corpus.File("compose-e2e", "fixtures", "nested") });
        var fromSub = await LoadE2eAsync(r => r with { WorkingDirectory = Corpus.File("compose-e2e", "fixtures", "nested", "sub") });

        fromRoot.Project.Services["echo"].Command.Should().Equal("echo", "root", "win=root");
        fromSub.Project.Services["echo"].Command.Should().Equal("echo", "root", "sub", "win=sub");
    }

    private static async Task<string?> VariableAsync(string directory, string[] envFiles, IReadOnlyDictionary<string, string> shell)
    {
        var request = new LoadRequest { WorkingDirectory = directory, Environment = shell, EnvFiles = [.. envFiles] };
        var variables = await EnvironmentResolver.ProjectAsync(request, await EnvironmentResolver.ShellAsync(request, default), directory, default);
        return variables.TryGet("WHEREAMI", out var value) ? value : null;
    }

    private static Task<LoadResult> LoadE2eAsync(Func<LoadRequest, LoadRequest> adjust) => ProjectLoader.LoadAsync(adjust(new LoadRequest
    {
        WorkingDirectory = Corpus.File("compose-e2e"),
        Environment = ImmutableDictionary<string, string>.Empty,
        ProjectName = "e2e",
    }), default);
}
