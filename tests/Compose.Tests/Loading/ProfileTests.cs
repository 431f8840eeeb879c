using System.Collections.Immutable;
using Compose.Errors;
using Compose.Loading;

namespace Compose.Tests.Loading;

public class ProfileTests
{
    private static Task<LoadResult> LoadE2eAsync(string test, Func<LoadRequest, LoadRequest>? adjust = null, Dictionary<string, string>? environment = null)
    {
        var request = new LoadRequest
        {
            WorkingDirectory = Corpus.File("compose-e2e", "testdata", test),
            Environment = environment ?? [],
            ProjectName = "e2e",
        };
        return ProjectLoader.LoadAsync(adjust is null ? request : adjust(request), default);
    }

    [CorpusFact]
    public async Task Services_with_profiles_are_left_out_unless_enabled()
    {
        var result = await LoadE2eAsync("TestNoProfileUsage");

        result.Project.Services.Keys.Should().Equal("regular-service");
        result.AllProfiles.Should().Equal("test-profile");
        result.ActiveProfiles.Should().BeEmpty();
    }

    [CorpusFact]
    public async Task The_profile_flag_enables_them()
    {
        var result = await LoadE2eAsync("TestExplicitProfileUsage", r => r with { Profiles = ["test-profile"] });

        result.Project.Services.Keys.Should().Equal("profiled-service", "regular-service");
        result.ActiveProfiles.Should().Equal("test-profile");
    }

    [CorpusFact]
    public async Task Compose_profiles_in_dot_env_enables_them()
    {
        (await LoadE2eAsync("TestDotEnvProfileUsage")).Project.Services.Keys.Should().Equal("profiled-service", "regular-service");
    }

    [CorpusFact]
    public async Task Naming_a_service_enables_its_profiles()
    {
        var result = await LoadE2eAsync("TestActiveProfileViaTargetedService", r => r with { Services = ["profiled-service"] });

        result.Project.Services.Keys.Should().Equal("profiled-service", "regular-service");
        result.ActiveProfiles.Should().Equal("test-profile");
    }

    [CorpusFact]
    public async Task A_profiled_service_may_depend_on_an_always_active_one()
    {
        (await LoadE2eAsync("TestUpProfile")).Project.Services.Keys.Should().Equal("db");
        (await LoadE2eAsync("TestUpProfile", r => r with { Profiles = ["test"] })).Project.Services.Keys.Should().Equal("bar", "db", "foo");
    }

    [Fact]
    public async Task The_flag_wins_over_the_variable_and_a_star_enables_everything()
    {
        var tree = TempTree.Create(("compose.yaml", "services:\n  a:\n    image: a\n    profiles: [one]\n  b:\n    image: b\n    profiles: [two, three]\n  c:\n    image: c\n"));
        var environment = new Dictionary<string, string> { ["COMPOSE_PROFILES"] = "one, two" };

        (await tree.LoadAsync(environment: environment)).Project.Services.Keys.Should().Equal("a", "b", "c");
        (await tree.LoadAsync(environment: environment, adjust: r => r with { Profiles = ["three"] })).Project.Services.Keys.Should().Equal("b", "c");
        (await tree.LoadAsync(adjust: r => r with { Profiles = ["*"] })).Project.Services.Keys.Should().Equal("a", "b", "c");
    }

    [Fact]
    public async Task An_active_service_needing_an_inactive_one_is_refused_naming_both()
    {
        var tree = TempTree.Create(("compose.yaml", "services:\n  web:\n    image: web\n    depends_on:\n      - db\n  db:\n    image: db\n    profiles: [debug, full]\n"));

        var act = () => tree.LoadAsync();

        (await act.Should().ThrowAsync<ComposeFileException>()).WithMessage(
            "compose.yaml:5:9: services.web.depends_on: service \"web\" needs service \"db\", which is not enabled: it only runs with profile debug, full. "
            + "Enable it with --profile debug or --profile full (or COMPOSE_PROFILES), or make the dependency optional with required: false.");
    }

    [Theory]
    [InlineData("links: [db:database]", "links")]
    [InlineData("network_mode: service:db", "network_mode")]
    [InlineData("volumes_from: [db]", "volumes_from")]
    public async Task Other_references_to_an_inactive_service_are_refused(string reference, string via)
    {
        var tree = TempTree.Create(("compose.yaml", $"services:\n  web:\n    image: web\n    {reference}\n  db:\n    image: db\n    profiles: [debug]\n"));

        var act = () => tree.LoadAsync();

        (await act.Should().ThrowAsync<ComposeFileException>()).WithMessage($"compose.yaml:4:*: services.web.{via}: service \"web\" needs service \"db\"*");
    }

    [Fact]
    public async Task An_optional_dependency_on_an_inactive_service_is_fine()
    {
        var tree = TempTree.Create(("compose.yaml", "services:\n  web:\n    image: web\n    depends_on:\n      db:\n        condition: service_started\n        required: false\n  db:\n    image: db\n    profiles: [debug]\n"));

        var project = (await tree.LoadAsync()).Project;

        project.Services.Keys.Should().Equal("web");
        project.Services["web"].DependsOn["db"].Required.Should().BeFalse();
    }

    [Fact]
    public async Task Profiles_must_be_a_list_of_names()
    {
        var tree = TempTree.Create(("compose.yaml", "services:\n  web:\n    image: web\n    profiles: debug\n"));

        var act = () => tree.LoadAsync();

        (await act.Should().ThrowAsync<ComposeFileException>()).WithMessage("compose.yaml:4:15: services.web.profiles: must be a list of profile names, found a scalar.");
    }

    [Fact]
    public async Task Profiles_are_applied_after_files_are_merged()
    {
        var tree = TempTree.Create(
            ("compose.yaml", "services:\n  tools:\n    image: tools\n    profiles: [debug]\n"),
            ("compose.override.yaml", "services:\n  tools:\n    profiles: !override []\n"));

        (await tree.LoadAsync()).Project.Services.Keys.Should().Equal("tools");
    }
}
