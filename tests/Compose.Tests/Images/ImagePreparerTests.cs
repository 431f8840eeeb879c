using Compose.Images;
using Compose.Model;
using Compose.Tests.Cli;

namespace Compose.Tests.Images;

/// <summary>The image step of up over the fake engine: pulls, builds, fallbacks, failures and the pull history.</summary>
public sealed class ImagePreparerTests : IDisposable
{
    private const string Stack = """
        services:
          db:
            image: registry.local/db:1
          web:
            build: ./web
          api:
            image: team/api:1
            build: ./api
          worker:
            image: team/api:1
        """;

    private readonly FakeContainerRuntime _engine = new() { KnownImagesOnly = true };
    private readonly RecordingProgress _progress = new();
    private readonly FakePullHistory _history = new();
    private readonly ManualTimeProvider _clock = new();
    private readonly List<BuildProject> _projects = [];

    public void Dispose() => _projects.ForEach(p => p.Dispose());

    private ImagePreparer Preparer(int? parallelism = null) => new(new ImageServices(_engine, _progress, _history, parallelism, _clock));

    private async Task<Project> LoadAsync(string yaml = Stack)
    {
        var project = await BuildProject.CreateAsync(yaml, ("web/Dockerfile", "FROM busybox:latest\n"), ("api/Dockerfile", "FROM busybox:latest\nRUN make\n"));
        _projects.Add(project);
        return await project.LoadAsync();
    }

    private async Task<ImageWork> RunAsync(Project project, ImageOptions? options = null, int? parallelism = null)
    {
        var preparer = Preparer(parallelism);
        var work = await preparer.PlanAsync(project, project.Services.Keys, options ?? ImageOptions.Default, default);
        await preparer.ExecuteAsync(project, work, options ?? ImageOptions.Default, default);
        return work;
    }

    [Fact]
    public async Task Missing_images_are_pulled_then_built_each_once_and_the_pulls_recorded()
    {
        var project = await LoadAsync();
        _engine.SeedRegistry("registry.local/db:1", "sha256:db");
        _engine.SeedRegistry("team/api:1", "sha256:api");

        await RunAsync(project);

        _engine.CallTexts.Should().Equal("pull image registry.local/db:1", "pull image team/api:1", "build image demo-web");
        (await _engine.InspectImageAsync("registry.local/db:1", default))!.Id.Should().Be("sha256:db");
        (await _engine.InspectImageAsync("demo-web", default)).Should().NotBeNull();
        _history.Records.Should().BeEquivalentTo([
            new PullRecord("registry.local/db:1", "sha256:db", _clock.GetUtcNow()),
            new PullRecord("team/api:1", "sha256:api", _clock.GetUtcNow())]);
        _progress.Lines.Should().Contain([
            "Image registry.local/db:1 Pulling",
            "registry.local/db:1 aaaaaaaaaaaa Downloading 500B/1kB",
            "Image registry.local/db:1 Pulling 500B/1kB",
            "registry.local/db:1 aaaaaaaaaaaa Pull complete",
            "Image registry.local/db:1 Pulled 2kB",
            "Image demo-web Building",
            "demo-web Step 1/2 FROM busybox:latest",
            "demo-web Step 2/2 compiling...",
            "Image demo-web Built"]);
    }

    [Fact]
    public async Task A_buildable_image_the_registry_does_not_have_is_built_instead_with_a_warning()
    {
        var project = await LoadAsync();
        _engine.SeedImage("registry.local/db:1", "sha256:db");
        _engine.SeedImage("demo-web", "sha256:web");

        await RunAsync(project);

        _engine.CallTexts.Should().Equal("pull image team/api:1", "build image team/api:1");
        var warning = _progress.Events.Should().ContainSingle(e => e.Status == Compose.Execution.ProgressStatus.Warning).Which;
        warning.Text.Should().Be("Pull failed, building it");
        warning.Detail.Should().StartWith("pull image team/api:1 from registry docker.io: manifest for team/api:1 not found");
        _history.Records.Should().BeEmpty();
    }

    [Fact]
    public async Task A_failed_pull_names_the_image_the_registry_the_reason_and_the_services_and_builds_nothing()
    {
        var project = await LoadAsync();
        _engine.SeedImage("team/api:1", "sha256:api");
        _engine.FailImage("pull", "registry.local/db:1", "Get \"https://registry.local/v2/\": dial tcp: lookup registry.local: no such host");

        var act = () => RunAsync(project);

        (await act.Should().ThrowAsync<ImageWorkException>()).Which.Message.Should().Be(
            "pull image registry.local/db:1 from registry registry.local: Get \"https://registry.local/v2/\": dial tcp: lookup registry.local: no such host (service db)");
        _engine.Calls.Should().NotContain(c => c.Verb == "build");
    }

    [Fact]
    public async Task A_failed_build_names_the_step_and_shows_its_last_output()
    {
        var project = await LoadAsync();
        _engine.SeedImage("registry.local/db:1", "sha256:db");
        _engine.SeedImage("team/api:1", "sha256:api");
        _engine.FailImage("build", "demo-web", "The command '/bin/sh -c make' returned a non-zero code: 2");

        var act = () => RunAsync(project);

        (await act.Should().ThrowAsync<ImageWorkException>()).Which.Message.Should().Be(
            "building image demo-web (service web) failed at Step 2/2 : RUN make: The command '/bin/sh -c make' returned a non-zero code: 2\n  | compiling...");
        _progress.Lines.Should().Contain(["demo-web Step 2/2 RUN make", "Image demo-web Error"]);
    }

    [Fact]
    public async Task Pulls_and_builds_run_in_parallel_up_to_the_limit()
    {
        const string Many = """
            services:
              a: { image: r.local/a:1 }
              b: { image: r.local/b:1 }
              c: { image: r.local/c:1 }
              d: { image: r.local/d:1 }
            """;
        var project = await LoadAsync(Many);
        foreach (var name in new[] { "a", "b", "c", "d" })
        {
            _engine.SeedRegistry($"r.local/{name}:1", "sha256:" + name);
        }

        _engine.Latency = TimeSpan.FromMilliseconds(100);
        await RunAsync(project, parallelism: 2);

        _engine.MaxConcurrentCalls.Should().Be(2);
        _engine.CallTexts.Should().HaveCount(4);
    }

    [Fact]
    public async Task A_daily_image_is_pulled_once_a_day_by_its_recorded_pull()
    {
        var project = await LoadAsync("services: { db: { image: r.local/db:1, pull_policy: daily } }");
        _engine.SeedRegistry("r.local/db:1", "sha256:db");

        await RunAsync(project);
        _clock.Advance(TimeSpan.FromHours(20));
        var sameDay = await RunAsync(project);
        _clock.Advance(TimeSpan.FromHours(5));
        var nextDay = await RunAsync(project);

        sameDay.IsEmpty.Should().BeTrue();
        nextDay.ToText().Should().Be("image:r.local/db:1, PullImage, last pulled 1d ago (db)\n");
        _engine.CallTexts.Should().Equal("pull image r.local/db:1", "pull image r.local/db:1");
        _progress.Lines.Should().Contain("Image r.local/db:1 Pulled (up to date)");
    }

    [Fact]
    public async Task An_inline_dockerfile_travels_in_the_context_under_a_generated_name()
    {
        var project = await LoadAsync("services: { web: { build: { context: ./web, dockerfile_inline: \"FROM busybox:latest\\nRUN true\\n\" } } }");

        await RunAsync(project);

        var build = _engine.Builds.Should().ContainSingle().Which;
        build.Spec.Dockerfile.Should().StartWith(".dockerfile.");
        build.Context.Should().ContainKey(build.Spec.Dockerfile).WhoseValue.Should().Be("FROM busybox:latest\nRUN true\n");
        build.Context.Should().ContainKey("Dockerfile");
    }
}
