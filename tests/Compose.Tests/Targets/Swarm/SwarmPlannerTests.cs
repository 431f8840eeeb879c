using System.Collections.Immutable;
using Compose.Errors;
using Compose.Runtime.Swarm;
using Compose.Targets.Swarm;
using Compose.Tests.Planning;

namespace Compose.Tests.Targets.Swarm;

public class SwarmPlannerTests
{
    private const string Webapp = """
        services:
          web:
            image: reg.local/web:v1
            networks: [front]
            secrets: [token]
            deploy: {replicas: 2}
          api:
            image: reg.local/api:v1
            networks: [front, back]
        networks:
          front: {}
          back: {}
        secrets:
          token: {file: ./token.txt}
        """;

    [Fact]
    public async Task A_first_deploy_creates_networks_and_secrets_then_each_service_once_what_it_names_exists_then_waits_for_it()
    {
        var scenario = new SwarmScenario();
        scenario.Swarm.Registry["reg.local/web:v1"] = "sha256:aaa";

        var plan = await scenario.PlanAsync(await LoadAsync());

        var version = (await DigestOfAsync("s3cret"))[..10];
        plan.ToText().Should().Be(Golden.Text($"""
            [] -> #1 network:demo_back, CreateSwarmNetwork, not found
            [] -> #2 network:demo_front, CreateSwarmNetwork, not found
            [] -> #3 secret:demo_token-{version}, CreateSecret, not found (content {version})
            [1,2] -> #4 service:demo_api, CreateService, not found
            [4] -> #5 service:demo_api, WaitForRollout, 1 replica running
            [2,3] -> #6 service:demo_web, CreateService, not found
            [6] -> #7 service:demo_web, WaitForRollout, 2 replicas running
            """));
        plan.Warnings.Should().ContainSingle().Which.Should().Be("image reg.local/api:v1 could not be accessed on a registry to record its digest: each node uses the reg.local/api:v1 it has, which may differ between nodes.");
        plan.Steps.OfType<Compose.Targets.Swarm.Steps.CreateServiceStep>().Single(s => s.Spec.Name == "demo_web").Spec.Container.Image.Should().Be("reg.local/web:v1@sha256:aaa");
    }

    [Fact]
    public async Task Deploying_a_deployed_stack_again_plans_nothing_and_names_every_service_unchanged()
    {
        var scenario = new SwarmScenario();
        var loaded = await LoadAsync();
        await scenario.DeployAsync(loaded);

        var again = await scenario.PlanAsync(loaded);

        again.IsEmpty.Should().BeTrue(again.ToText());
        again.Unchanged.Should().Equal("demo_api", "demo_web");
    }

    [Fact]
    public async Task A_new_tag_updates_only_its_service_and_the_plan_names_what_changed()
    {
        var scenario = new SwarmScenario();
        await scenario.DeployAsync(await LoadAsync());

        var plan = await scenario.PlanAsync(await LoadAsync(yaml: Webapp.Replace("web:v1", "web:v2", StringComparison.Ordinal)));

        plan.ToText().Should().Be(Golden.Text("""
            [] -> #1 service:demo_web, UpdateService, changed: image
            [1] -> #2 service:demo_web, WaitForRollout, 2 replicas running
            """));
        plan.Unchanged.Should().Equal("demo_api");
        plan.Steps.OfType<Compose.Targets.Swarm.Steps.WaitForRolloutStep>().Single().ReplacesTasks.Should().BeTrue();
    }

    [Fact]
    public async Task Replicas_alone_update_the_service_without_waiting_for_a_task_replacing_update()
    {
        var scenario = new SwarmScenario();
        await scenario.DeployAsync(await LoadAsync());

        var plan = await scenario.PlanAsync(await LoadAsync(yaml: Webapp.Replace("replicas: 2", "replicas: 5", StringComparison.Ordinal)));

        plan.Steps[0].Reason.Should().Be("changed: replicas");
        plan.Steps.OfType<Compose.Targets.Swarm.Steps.WaitForRolloutStep>().Single().ReplacesTasks.Should().BeFalse();
    }

    [Fact]
    public async Task A_changed_secret_is_a_new_version_the_previous_one_is_kept_for_rollback_and_older_ones_go()
    {
        var scenario = new SwarmScenario();
        await scenario.DeployAsync(await LoadAsync("one"));
        await scenario.DeployAsync(await LoadAsync("two"));

        var plan = await scenario.PlanAsync(await LoadAsync("three"));

        plan.Steps.Select(s => $"{s.Resource[..s.Resource.IndexOf(':')]} {s.Action} {s.Reason}").Should().Equal(
            $"secret CreateSecret not found (content {(await DigestOfAsync("three"))[..10]})",
            "service UpdateService changed: secrets",
            "service WaitForRollout 2 replicas running",
            "secret RemoveSecret no longer used");
        var removed = plan.Steps.OfType<Compose.Targets.Swarm.Steps.RemoveSecretStep>().Single();
        removed.Name.Should().Be(SwarmNames.Versioned("demo", "token", await DigestOfAsync("one")), "the first version is neither used nor a rollback's");
        plan.Steps[3].DependsOn.Should().Contain([2, 3], "it goes once the service no longer uses it");
    }

    [Fact]
    public async Task Services_gone_from_the_files_are_named_in_a_warning_and_removed_with_prune_before_their_network()
    {
        var scenario = new SwarmScenario();
        await scenario.DeployAsync(await LoadAsync());
        var withoutApi = await LoadAsync(yaml: Webapp.Replace("  api:\n    image: reg.local/api:v1\n    networks: [front, back]\n", "", StringComparison.Ordinal));

        var kept = await scenario.PlanAsync(withoutApi);
        var pruned = await scenario.PlanAsync(withoutApi, new SwarmDeployOptions { Prune = true });

        kept.IsEmpty.Should().BeTrue();
        kept.Warnings.Should().Contain("service demo_api is in stack demo but not in the files; deploy --prune removes it.");
        pruned.ToText().Should().Be(Golden.Text("""
            [] -> #1 service:demo_api, RemoveService, gone from the files (--prune)
            [1] -> #2 stack:demo, WaitForTasksGone, tasks of removed services
            [1,2] -> #3 network:demo_back, RemoveSwarmNetwork, no service joins it (--prune)
            """));
    }

    [Fact]
    public async Task Undeploy_removes_the_services_then_once_their_tasks_are_gone_everything_else_with_the_stack_label()
    {
        var scenario = new SwarmScenario();
        await scenario.DeployAsync(await LoadAsync());
        scenario.Swarm.AddObject(SwarmObjectKind.Config, "someone-elses");

        var plan = await scenario.Stack.PlanUndeployAsync("demo", CancellationToken.None);

        var version = (await DigestOfAsync("s3cret"))[..10];
        plan.ToText().Should().Be(Golden.Text($"""
            [] -> #1 service:demo_api, RemoveService, undeploy
            [] -> #2 service:demo_web, RemoveService, undeploy
            [1,2] -> #3 stack:demo, WaitForTasksGone, tasks of removed services
            [3] -> #4 secret:demo_token-{version}, RemoveSecret, undeploy
            [3] -> #5 network:demo_back, RemoveSwarmNetwork, undeploy
            [3] -> #6 network:demo_front, RemoveSwarmNetwork, undeploy
            """));
    }

    [Fact]
    public async Task A_named_secret_holding_other_content_is_refused_since_swarm_secrets_cannot_change()
    {
        var scenario = new SwarmScenario();
        scenario.Swarm.AddObject(SwarmObjectKind.Secret, "app-token", ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal,
            [KeyValuePair.Create(SwarmLabels.ContentDigest, "0000"), KeyValuePair.Create(SwarmLabels.Namespace, "demo")]));
        var loaded = await LoadAsync(yaml: Webapp.Replace("token: {file: ./token.txt}", "token: {file: ./token.txt, name: app-token}", StringComparison.Ordinal));

        var act = () => scenario.PlanAsync(loaded);

        (await act.Should().ThrowAsync<ComposeFileException>()).Which.Message.Should()
            .Be("compose.yaml:14:30: secrets.token: the swarm's secret app-token holds other content, and swarm secrets cannot change: give the new content a new name (or drop name: so composectl versions it).");
    }

    [Fact]
    public async Task An_external_network_or_secret_the_swarm_lacks_is_refused_at_its_declaration()
    {
        var loaded = await SwarmScenario.LoadAsync("""
            services:
              web:
                image: web:1
                networks: [shared]
            networks:
              shared: {external: true}
            """);

        var act = () => new SwarmScenario().PlanAsync(loaded);

        (await act.Should().ThrowAsync<ComposeFileException>()).Which.Message.Should().Be(
            "compose.yaml:6:3: networks.shared: network shared is declared external but could not be found: create a swarm-scoped network first (docker network create --driver overlay shared).");
    }

    [Fact]
    public async Task Rollback_returns_to_the_previous_spec_and_is_refused_for_a_service_never_updated()
    {
        var scenario = new SwarmScenario();
        await scenario.DeployAsync(await LoadAsync());
        var never = () => scenario.Stack.PlanRollbackAsync("demo", "api", null, CancellationToken.None);
        await scenario.DeployAsync(await LoadAsync(yaml: Webapp.Replace("web:v1", "web:v2", StringComparison.Ordinal)));

        var plan = await scenario.Stack.PlanRollbackAsync("demo", "web", null, CancellationToken.None);
        await scenario.Stack.ExecuteAsync(plan, CancellationToken.None);

        (await never.Should().ThrowAsync<SwarmException>()).Which.Message.Should().Be("service demo_api has no previous spec to return to: it was never updated.");
        plan.ToText().Should().Be(Golden.Text("""
            [] -> #1 service:demo_web, RollbackService, back to reg.local/web:v1
            [1] -> #2 service:demo_web, WaitForRollout, 2 replicas running
            """));
        scenario.Swarm.Services.Single(s => s.Spec.Name == "demo_web").Spec.Container.Image.Should().Be("reg.local/web:v1");
        scenario.Progress.Lines.Should().Contain("Service demo_web Rolled back");
    }

    private static Task<Compose.Loading.LoadResult> LoadAsync(string token = "s3cret", string? yaml = null) =>
        SwarmScenario.LoadAsync(yaml ?? Webapp, new Dictionary<string, string> { ["token.txt"] = token });

    /// <summary>The content digest the observer gives a secret holding <paramref name="text"/>.</summary>
    private static async Task<string> DigestOfAsync(string text)
    {
        var loaded = await Compose.Targets.Swarm.Observing.ObjectContents.ReadAsync(new Compose.Model.Project
        {
            Name = "x",
            WorkingDirectory = "/",
            Secrets = Compose.Model.ModelMaps.From([KeyValuePair.Create("s", new Compose.Model.FileObject { Content = text })]),
            Services = Compose.Model.ModelMaps.From([KeyValuePair.Create("a", new Compose.Model.Service { Name = "a", Secrets = [new Compose.Model.ServiceFileReference { Source = "s" }] })]),
        }, CancellationToken.None);
        return loaded["secret:s"].Digest;
    }
}
