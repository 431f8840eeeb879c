using Compose.Errors;
using Compose.Observing;
using Compose.Planning;
using Compose.Planning.Steps;
using Compose.Runtime;

namespace Compose.Tests.Planning;

public class SecretPlanTests
{
    private const string Stack = """
        services:
          app:
            image: busybox
            secrets:
              - token
              - source: key
                target: app.key
                uid: "1000"
                gid: "1001"
                mode: 0400
            configs:
              - banner
          other:
            image: busybox
        secrets:
          token:
            environment: TOKEN
          key:
            file: ./key.pem
        configs:
          banner:
            content: hello
        """;

    private static async Task<(Compose.Model.Project Project, string Directory)> LoadAsync(string yaml = Stack, string key = "k1", string token = "t1")
    {
        var result = await TestProjects.LoadAsync(yaml, new Dictionary<string, string> { ["TOKEN"] = token }, extraFiles: new Dictionary<string, string> { ["key.pem"] = key });
        return (result.Project, result.Project.WorkingDirectory);
    }

    [Fact]
    public async Task Secrets_and_configs_are_copied_in_with_their_owner_and_mode_before_the_container_starts()
    {
        var scenario = new Scenario();
        var (project, _) = await LoadAsync();

        var plan = await scenario.PlanUpAsync(project);

        plan.ToText().Should().Be(Golden.Text("""
            [] -> #1 network:default, CreateNetwork, not found
            [1] -> #2 service:app:1, CreateContainer, no existing container
            [2] -> #3 service:app:1, CopyFiles, secrets and configs
            [1] -> #4 service:other:1, CreateContainer, no existing container
            [3] -> #5 service:app:1, StartContainer, created
            [4] -> #6 service:other:1, StartContainer, created
            """));
        await scenario.ExecuteAndConvergeUpAsync(plan, project);
        scenario.Engine.FilesOf("test-app-1").Should().Equal(new Dictionary<string, FakeFile>
        {
            ["/run/secrets/token"] = new("t1", 0x124, 0, 0),
            ["/run/secrets/app.key"] = new("k1", 0x100, 1000, 1001),
            ["/banner"] = new("hello", 0x124, 0, 0),
        });
        plan.Steps.OfType<CreateContainerStep>().First().Spec.Mounts.Should().NotContain(m => m.Type == MountType.Bind, "the key file needs its own owner, so it is copied, not bound");
    }

    [Fact]
    public async Task A_copied_secret_keeps_the_owner_the_file_asks_for_when_the_service_runs_as_another_user()
    {
        var scenario = new Scenario();
        var (project, _) = await LoadAsync(Stack.Replace("    image: busybox\n    secrets:", "    image: busybox\n    user: \"4321:4321\"\n    secrets:", StringComparison.Ordinal));

        await scenario.Target.UpAsync(project, new UpOptions(), default);

        project.Services["app"].User.Should().Be("4321:4321");
        scenario.Engine.FilesOf("test-app-1")["/run/secrets/app.key"].Should().Be(new FakeFile("k1", 0x100, 1000, 1001));
        scenario.Engine.FilesOf("test-app-1")["/run/secrets/token"].Should().Be(new FakeFile("t1", 0x124, 0, 0));
    }

    [Fact]
    public async Task Changing_a_secret_recreates_only_the_containers_that_use_it()
    {
        var scenario = new Scenario();
        var (project, directory) = await LoadAsync();
        await scenario.Target.UpAsync(project, new UpOptions(), default);
        var other = scenario.Engine.Container("test-other-1").Id;

        await File.WriteAllTextAsync(Path.Combine(directory, "key.pem"), "k2");
        var plan = await scenario.PlanUpAsync(project);

        plan.Steps.OfType<CreateContainerStep>().Should().ContainSingle().Which.Should().Match<CreateContainerStep>(s => s.Resource == "service:app:1" && s.Reason == "config changed");
        await scenario.ExecuteAndConvergeUpAsync(plan, project);
        scenario.Engine.FilesOf("test-app-1")["/run/secrets/app.key"].Content.Should().Be("k2");
        scenario.Engine.Container("test-other-1").Id.Should().Be(other);
    }

    [Fact]
    public async Task A_file_secret_without_owner_or_mode_is_bound_read_only_not_copied()
    {
        var (project, directory) = await LoadAsync("services:\n  app:\n    image: busybox\n    secrets: [key]\nsecrets:\n  key:\n    file: ./key.pem\n");

        var plan = Planner.PlanUp(project, ObservedState.Empty("test"), new UpOptions());

        plan.Steps.Should().NotContain(s => s is CopyFilesStep);
        plan.Steps.OfType<CreateContainerStep>().Single().Spec.Mounts.Should().ContainSingle()
            .Which.Should().Be(new MountSpec { Type = MountType.Bind, Source = Path.Combine(directory, "key.pem"), Target = "/run/secrets/key", ReadOnly = true });
    }

    [Fact]
    public async Task A_secret_from_an_unset_variable_is_a_clear_error()
    {
        var result = await TestProjects.LoadAsync(Stack, extraFiles: new Dictionary<string, string> { ["key.pem"] = "k" });

        var act = () => Planner.PlanUp(result.Project, ObservedState.Empty("test"), new UpOptions());

        act.Should().Throw<ComposeException>().WithMessage("services.app.secrets: secret token comes from the environment variable TOKEN, which is not set*");
    }
}
