using Compose.IntegrationTests.Cli;
using Compose.IntegrationTests.Infrastructure;

namespace Compose.IntegrationTests.Build;

/// <summary>Images built from busybox-based Dockerfiles on the real engine, through composectl.</summary>
public sealed class BuildTests : IAsyncLifetime
{
    private const string MultiStage = """
        FROM busybox:latest AS base
        ARG GREETING=unset
        RUN echo "$GREETING" > /greeting
        FROM base AS runtime
        COPY . /app
        RUN echo runtime > /stage
        FROM runtime AS debug
        RUN echo debug > /stage
        """;

    private ComposeProject? _project;

    private ComposeProject Project => _project!;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_project is not null)
        {
            await _project.DisposeAsync();
        }
    }

    private async Task<ComposeProject> CreateAsync(string yaml, params (string Path, string Content)[] files)
    {
        _project = await ComposeProject.CreateAsync("build", yaml);
        foreach (var (path, content) in files)
        {
            await _project.WriteAsync(path, content);
        }

        return _project;
    }

    private async Task<string> RunInImageAsync(string image, string script) => await DockerCli.OkAsync("run", "--rm", image, "sh", "-c", script);

    [DockerFact]
    public async Task A_build_honours_target_args_dockerignore_and_inline_dockerfiles_and_labels_the_image_for_down_rmi_local()
    {
        await CreateAsync("""
            services:
              web:
                build:
                  context: ./web
                  target: runtime
                  args: [GREETING]
              tool:
                build:
                  context: ./web
                  dockerfile_inline: |
                    FROM busybox:latest
                    COPY keep.log /tool/
            """,
            ("web/Dockerfile", MultiStage),
            ("web/.dockerignore", "*.log\n!keep.log\nsecret.txt\n"),
            ("web/index.html", "<h1>built</h1>\n"),
            ("web/secret.txt", "do not ship\n"),
            ("web/debug.log", "noise\n"),
            ("web/keep.log", "kept\n"));
        Project.Variables["GREETING"] = "hello from the shell";

        var build = await Project.OkAsync("--progress", "plain", "build");

        build.Error.Should().Contain($" Image {Project.Name}-web  Built").And.Contain($" {Project.Name}-web Step 5/").And.Contain($" Image {Project.Name}-tool  Built");
        (await RunInImageAsync($"{Project.Name}-web", "cat /greeting /stage; ls /app | sort | tr '\\n' ' '"))
            .Should().Be("hello from the shell\nruntime\nDockerfile index.html keep.log");
        (await RunInImageAsync($"{Project.Name}-tool", "ls /tool")).Should().Be("keep.log");
        var labels = await DockerCli.OkAsync("image", "inspect", $"{Project.Name}-web", "--format",
            "{{index .Config.Labels \"com.docker.compose.project\"}} {{index .Config.Labels \"com.docker.compose.service\"}}");
        if (Engine.IsPodman)
        {
            // Podman 4.3's builder does not count build labels in its cache key: when another project built the same
            // Dockerfile and context first, the image comes from its cache with that project's labels (docs/runtime.md).
            labels.Should().MatchRegex("^ct-build-[0-9a-f]{8} web$");
        }
        else
        {
            labels.Should().Be($"{Project.Name} web");
        }

        await Project.OkAsync("up", "-d");
        await Project.OkAsync("down", "--rmi", "local");
        (await DockerCli.RunAsync("image", "inspect", $"{Project.Name}-web")).ExitCode.Should().NotBe(0, "down --rmi local removes the images compose named");
    }

    [DockerFact]
    public async Task Up_build_again_recreates_nothing_and_a_changed_dockerfile_recreates_only_its_service()
    {
        await CreateAsync("""
            services:
              web:
                build: ./web
                init: true
                command: ["httpd", "-f", "-p", "80", "-h", "/www"]
              client:
                build: ./client
                init: true
                command: ["sleep", "3600"]
            """,
            ("web/Dockerfile", "FROM busybox:latest\nRUN mkdir /www && echo page > /www/index.html\n"),
            ("client/Dockerfile", "FROM busybox:latest\nRUN echo one > /version\n"));
        await Project.OkAsync("up", "-d");
        var before = await Project.ContainerIdsAsync();

        var again = await Project.OkAsync("--progress", "plain", "up", "-d", "--build");
        var unchanged = await Project.ContainerIdsAsync();
        await Project.WriteAsync("client/Dockerfile", "FROM busybox:latest\nRUN echo two > /version\n");
        var changed = await Project.OkAsync("--progress", "plain", "up", "-d", "--build");

        again.Error.Should().Contain($" Image {Project.Name}-web  Built (cached)").And.Contain($"Container {Project.Name}-web-1  Running")
            .And.NotContain("Recreate").And.NotContain("Creat").And.NotContain("Start");
        unchanged.Should().Equal(before);
        changed.Error.Should().Contain($"Container {Project.Name}-client-1  Recreated").And.NotContain($"{Project.Name}-web-1  Recreated");
        (await Project.ContainerIdsAsync()).Intersect(before).Should().ContainSingle("only the client was replaced");
        (await DockerCli.OkAsync("exec", Project.Container("client"), "cat", "/version")).Should().Be("two");
        (await Project.OkAsync("plan")).Out.Should().BeEmpty();
    }

    [DockerFact]
    public async Task A_failed_step_exits_1_with_the_builders_message_and_the_steps_last_output()
    {
        await CreateAsync("services: { app: { build: ./app } }",
            ("app/Dockerfile", "FROM busybox:latest\nRUN echo compiling main.c && echo 'main.c:3: error: expected ;' && exit 3\n"));

        var result = await Project.RunAsync("build");

        result.ExitCode.Should().Be(1);
        // Step 2/2: the compose labels travel as the build's labels parameter, and their steps are not counted.
        result.Error.Should().Contain($"Error: building image {Project.Name}-app (service app) failed at Step 2/2 : RUN echo compiling main.c")
            .And.Contain(Engine.IsPodman ? "exit status 3" : "returned a non-zero code: 3")
            .And.Contain("  | main.c:3: error: expected ;");
    }

    [DockerFact]
    public async Task Plain_build_output_for_a_ci_log_shows_each_step_once_numbered_by_the_dockerfile_without_escape_codes()
    {
        await CreateAsync("services: { app: { build: ./app, labels: { team: ci } } }",
            ("app/Dockerfile", "FROM busybox:latest\nRUN echo first\nRUN printf '\\033[%dmred\\033[0m\\n' 91\nRUN echo last\n"));
        Project.Variables["NO_COLOR"] = "1";

        var result = await Project.RunAsync("build", "--no-cache", "--progress", "plain");

        result.ExitCode.Should().Be(0, result.Error);
        var steps = result.Error.Split('\n').Where(l => l.Contains(" Step ", StringComparison.Ordinal)).ToList();
        steps.Where(l => l.Contains("  FROM ", StringComparison.Ordinal) || l.Contains("  RUN ", StringComparison.Ordinal)).Select(l => l.Trim()).Should().Equal(
            $"{Project.Name}-app Step 1/4  FROM busybox:latest",
            $"{Project.Name}-app Step 2/4  RUN echo first",
            $"{Project.Name}-app Step 3/4  RUN printf '\\033[%dmred\\033[0m\\n' 91",
            $"{Project.Name}-app Step 4/4  RUN echo last");
        steps.Should().Contain(l => l.EndsWith("Step 3/4  red", StringComparison.Ordinal));
        result.Error.Should().NotContain("\u001b").And.NotContain("[91m").And.NotContain("/6");
    }

    [DockerFact]
    public async Task A_failed_steps_tail_has_no_escape_codes()
    {
        await CreateAsync("services: { app: { build: ./app } }",
            ("app/Dockerfile", "FROM busybox:latest\nRUN printf '\\033[%dmerror: red\\033[0m\\n' 91; exit 3\n"));

        var result = await Project.RunAsync("build", "--progress", "plain");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("  | error: red").And.NotContain("\u001b").And.NotContain("[91m");
    }

    [DockerFact]
    public async Task An_unreachable_remote_context_says_remote_contexts_need_network_access()
    {
        var port = TestNames.FreeLoopbackPort();
        await CreateAsync($"services: {{ app: {{ build: \"http://127.0.0.1:{port}/context.tar\" }} }}");

        var result = await Project.RunAsync("up", "-d");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain($"the engine could not fetch the remote context http://127.0.0.1:{port}/context.tar")
            .And.Contain("clone or download the context and point build.context at the local directory");
    }
}
