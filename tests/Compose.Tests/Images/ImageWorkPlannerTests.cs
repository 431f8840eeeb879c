using System.Collections.Immutable;
using Compose.Errors;
using Compose.Images;
using Compose.Model;
using Compose.Tests.Planning;

namespace Compose.Tests.Images;

public class ImageWorkPlannerTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 4, 12, 0, 0, TimeSpan.Zero);

    private static Service Pulled(string name, string image, string? policy = null) => new() { Name = name, Image = image, PullPolicy = policy };

    private static Service Built(string name, string? image = null, string? policy = null) =>
        new() { Name = name, Image = image, PullPolicy = policy, Build = new ServiceBuild { Context = "/src/" + name } };

    private static Project ProjectOf(params Service[] services) => new()
    {
        Name = "demo",
        WorkingDirectory = "/src",
        Services = ModelMaps.From(services.Select(s => KeyValuePair.Create(s.Name, s))),
    };

    private static LocalImages Present(params string[] references) =>
        new() { Ids = references.ToImmutableSortedDictionary(r => r, r => "sha256:" + r, StringComparer.Ordinal) };

    private static string Plan(Project project, LocalImages local, ImageOptions? options = null) =>
        ImageWorkPlanner.Plan(project, project.Services.Keys, local, options ?? ImageOptions.Default, Now).ToText();

    [Fact]
    public void Missing_images_are_pulled_built_or_pulled_with_building_as_the_fallback_and_present_ones_left_alone()
    {
        var project = ProjectOf(Pulled("db", "redis:7"), Built("web"), Built("api", "team/api:1"), Pulled("cache", "busybox:latest"));

        Plan(project, Present("busybox:latest")).Should().Be(Golden.Text("""
            image:demo-web, BuildImage, not present locally (web)
            image:redis:7, PullImage, not present locally (db)
            image:team/api:1, PullOrBuildImage, not present locally (api)
            """));
        Plan(project, Present("busybox:latest", "demo-web", "redis:7", "team/api:1")).Should().BeEmpty();
    }

    [Fact]
    public void Build_flag_rebuilds_every_image_a_service_builds_and_pulls_nothing_present()
    {
        var project = ProjectOf(Pulled("db", "redis:7"), Built("web"), Built("api", "team/api:1"));

        var text = Plan(project, Present("redis:7", "demo-web", "team/api:1"), new ImageOptions { Build = true });

        text.Should().Be(Golden.Text("""
            image:demo-web, BuildImage, --build (web)
            image:team/api:1, BuildImage, --build (api)
            """));
    }

    [Fact]
    public void Services_sharing_a_built_image_build_it_once_and_never_pull_it()
    {
        var project = ProjectOf(Built("app", "team/app:dev"), Pulled("worker", "team/app:dev"), Pulled("beat", "team/app:dev", "always"));

        var work = ImageWorkPlanner.Plan(project, ["worker", "beat"], LocalImages.None, ImageOptions.Default, Now);

        work.Tasks.Should().ContainSingle().Which.Should().BeEquivalentTo(
            new ImageTask("team/app:dev", ImageAction.PullOrBuild, "pull_policy always", ["beat", "worker"], "app"));
    }

    [Fact]
    public void Always_pulls_present_images_never_refuses_missing_ones_and_build_always_builds()
    {
        var always = ProjectOf(Pulled("db", "redis:7", "always"));
        var never = ProjectOf(Pulled("db", "redis:7", "never"), Built("web", policy: "never"));
        var build = ProjectOf(Built("web", "team/web:1", "build"));

        Plan(always, Present("redis:7")).Should().Be("image:redis:7, PullImage, pull_policy always (db)\n");
        Plan(never, Present("redis:7")).Should().Be("image:demo-web, BuildImage, not present locally (web)\n");
        var missing = () => Plan(never, LocalImages.None);
        missing.Should().Throw<ComposeException>().WithMessage("service db: image redis:7 is not present locally and its pull policy is never; *");
        Plan(build, Present("team/web:1")).Should().Be("image:team/web:1, BuildImage, pull_policy build (web)\n");
    }

    [Fact]
    public void Daily_pulls_when_the_last_recorded_pull_is_a_day_old_or_unknown()
    {
        var project = ProjectOf(Pulled("db", "redis:7", "daily"));
        var present = Present("redis:7");

        Plan(project, present).Should().Be("image:redis:7, PullImage, no pull recorded (db)\n");
        Plan(project, present with { LastPulls = Pulls(("redis:7", Now.AddHours(-23))) }).Should().BeEmpty();
        Plan(project, present with { LastPulls = Pulls(("redis:7", Now.AddHours(-50))) }).Should().Be("image:redis:7, PullImage, last pulled 2d ago (db)\n");
        Plan(project, LocalImages.None).Should().Be("image:redis:7, PullImage, not present locally (db)\n");
    }

    [Fact]
    public void No_build_keeps_a_present_image_refuses_to_build_a_missing_one_and_pulls_instead_of_falling_back()
    {
        var project = ProjectOf(Built("web"), Built("api", "team/api:1"));
        var noBuild = new ImageOptions { NoBuild = true };

        Plan(project, Present("demo-web"), noBuild).Should().Be("image:team/api:1, PullImage, not present locally (api)\n");
        var missing = () => Plan(project, Present("team/api:1"), noBuild);
        missing.Should().Throw<ComposeException>()
            .WithMessage("service web: image demo-web is not present locally and --no-build forbids building it; run 'composectl build web' first.");
    }

    [Fact]
    public void The_pull_flag_replaces_every_services_policy()
    {
        var project = ProjectOf(Pulled("db", "redis:7", "never"), Pulled("cache", "busybox:latest"));
        var always = new ImageOptions { Pull = PullPolicy.Parse("always", "--pull") };

        Plan(project, Present("redis:7", "busybox:latest"), always).Should().Be(Golden.Text("""
            image:busybox:latest, PullImage, pull_policy always (cache)
            image:redis:7, PullImage, pull_policy always (db)
            """));
    }

    [Fact]
    public void A_provider_service_needs_no_image()
    {
        var project = ProjectOf(new Service { Name = "model", Provider = new ServiceProvider { Type = "model" } });

        Plan(project, LocalImages.None).Should().BeEmpty();
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var project = ProjectOf(Pulled("a", "x:1", "never"), Pulled("b", "y:1", "never"), Pulled("c", "z:1", "build"));

        var act = () => Plan(project, LocalImages.None);

        act.Should().Throw<ComposeException>().Which.Message.Split('\n').Should().HaveCount(3)
            .And.Contain(l => l.StartsWith("service c: pull_policy is build but no service has a build section for image z:1", StringComparison.Ordinal));
    }

    private static ImmutableSortedDictionary<string, DateTimeOffset> Pulls(params (string Reference, DateTimeOffset At)[] pulls) =>
        pulls.ToImmutableSortedDictionary(p => p.Reference, p => p.At, StringComparer.Ordinal);
}
