using Compose.Images;
using Compose.Model;
using Compose.Tests.Cli;

namespace Compose.Tests.Images;

/// <summary>The pull and push commands' orchestration over the fake engine.</summary>
public sealed class ProjectPullerTests : IDisposable
{
    private const string Stack = """
        services:
          db: { image: r.local/db:1 }
          cache: { image: r.local/cache:1, pull_policy: missing }
          pinned: { image: r.local/pinned:1, pull_policy: never }
          web: { build: ./web }
          api: { image: r.local/api:1, build: { context: ./web, tags: [r.local/api:latest] } }
        """;

    private readonly FakeContainerRuntime _engine = new() { KnownImagesOnly = true };
    private readonly RecordingProgress _progress = new();
    private readonly FakePullHistory _history = new();
    private readonly List<BuildProject> _projects = [];

    public void Dispose() => _projects.ForEach(p => p.Dispose());

    private ImageServices Context => new(_engine, _progress, _history, null, new ManualTimeProvider());

    private async Task<Project> LoadAsync()
    {
        var project = await BuildProject.CreateAsync(Stack, ("web/Dockerfile", "FROM busybox:latest\n"));
        _projects.Add(project);
        return await project.LoadAsync();
    }

    [Fact]
    public async Task Pull_fetches_every_image_its_policy_allows_and_says_why_the_others_are_skipped()
    {
        var project = await LoadAsync();
        _engine.SeedImage("r.local/cache:1", "sha256:cache");
        foreach (var name in new[] { "db", "cache", "pinned", "api" })
        {
            _engine.SeedRegistry($"r.local/{name}:1", "sha256:new-" + name);
        }

        var summary = await new ProjectPuller(Context).PullAsync(project, project.Services.Keys, new PullOptions(), default);

        _engine.CallTexts.Should().BeEquivalentTo("pull image r.local/api:1", "pull image r.local/db:1");
        summary.Pulled.Select(p => p.Reference).Should().Equal("r.local/api:1", "r.local/db:1");
        summary.Bytes.Should().Be(4000);
        _progress.Lines.Should().Contain([
            "Service cache Skipped: image is already present locally",
            "Service pinned Skipped: pull_policy never",
            "Service web Skipped: no image to be pulled"]);
    }

    [Fact]
    public async Task A_failed_pull_fails_after_the_others_unless_ignored_and_a_buildable_one_only_warns()
    {
        var project = await LoadAsync();
        _engine.SeedRegistry("r.local/cache:1", "sha256:cache");
        _engine.FailImage("pull", "r.local/db:1", "unauthorized: authentication required");

        var failing = () => new ProjectPuller(Context).PullAsync(project, project.Services.Keys, new PullOptions(), default);
        (await failing.Should().ThrowAsync<ImageWorkException>()).Which.Message.Should().Be(
            "pull image r.local/db:1 from registry r.local: unauthorized: authentication required (service db)");
        _engine.CallTexts.Should().Contain("pull image r.local/cache:1");

        _engine.FailImage("pull", "r.local/db:1", "unauthorized: authentication required");
        var summary = await new ProjectPuller(Context).PullAsync(project, project.Services.Keys, new PullOptions { IgnoreFailures = true }, default);
        summary.Warnings.Should().Equal(
            "pull image r.local/db:1 from registry r.local: unauthorized: authentication required (service db)",
            "Some service image(s) must be built from source by running: composectl build api");
    }

    [Fact]
    public async Task Policy_flag_and_ignore_buildable_narrow_the_pulls()
    {
        var project = await LoadAsync();
        _engine.SeedImage("r.local/db:1", "sha256:db");

        var (work, skipped) = await new ProjectPuller(Context).PlanAsync(
            project, project.Services.Keys, new PullOptions { Policy = PullPolicy.Parse("missing", "--policy"), IgnoreBuildable = true }, default);

        work.ToText().Should().Be("image:r.local/cache:1, PullImage, pull (cache)\nimage:r.local/pinned:1, PullImage, pull (pinned)\n");
        skipped.Should().Contain("api", "image can be built").And.Contain("db", "image is already present locally");
    }

    [Fact]
    public async Task Push_sends_the_image_and_build_tags_of_services_that_build_a_named_image()
    {
        var project = await LoadAsync();
        _engine.SeedImage("r.local/api:1", "sha256:api");
        _engine.SeedImage("r.local/api:latest", "sha256:api");

        var warnings = await new ProjectPusher(Context).PushAsync(project, project.Services.Keys, ignoreFailures: false, quiet: false, default);

        warnings.Should().BeEmpty();
        _engine.CallTexts.Should().BeEquivalentTo("push image r.local/api:1", "push image r.local/api:latest");
        _progress.Lines.Should().Contain(["Image r.local/api:1 Pushed 2kB", "Service web Skipped: no image to push (it needs both image and build)"]);
    }

    [Fact]
    public async Task A_failed_push_names_the_registry_and_is_only_a_warning_when_ignored()
    {
        var project = await LoadAsync();
        _engine.SeedImage("r.local/api:1", "sha256:api");

        var failing = () => new ProjectPusher(Context).PushAsync(project, ["api"], ignoreFailures: false, quiet: true, default);
        var ignored = await new ProjectPusher(Context).PushAsync(project, ["api"], ignoreFailures: true, quiet: true, default);

        (await failing.Should().ThrowAsync<ImageWorkException>()).Which.Message.Should().Be(
            "push image r.local/api:latest to registry r.local: An image does not exist locally with the tag: r.local/api:latest (service api)");
        ignored.Should().ContainSingle().Which.Should().StartWith("push image r.local/api:latest to registry r.local");
        _progress.Events.Should().OnlyContain(e => e.Status == Compose.Execution.ProgressStatus.Error, "quiet pushes report failures only");
    }
}
