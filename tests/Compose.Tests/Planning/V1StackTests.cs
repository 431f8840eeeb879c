using Compose.Hashing;
using Compose.Observing;
using Compose.Planning;

namespace Compose.Tests.Planning;

/// <summary>Issue 15 item 10: a docker-compose v1 stack is named as it is, and v1 finds nothing of ours to warn about.</summary>
public class V1StackTests
{
    [Fact]
    public async Task A_v1_container_left_running_is_reported_under_its_own_name()
    {
        var (scenario, project) = await Scenario.UpAsync("services:\n  db:\n    image: x\n");
        var container = scenario.Engine.Container("test-db-1");
        scenario.Engine.Seed(container with { Name = "test_db_1", Labels = container.Labels.Remove(ComposeLabels.ConfigHashVersion) });

        var plan = await scenario.PlanUpAsync(project);

        plan.IsEmpty.Should().BeTrue(plan.ToText());
        plan.Unchanged.Should().Equal("test_db_1");
    }

    [Fact]
    public async Task Networks_and_volumes_carry_no_label_outside_com_docker_so_v1_up_does_not_warn()
    {
        var project = await TestProjects.ProjectAsync("services:\n  db:\n    image: x\n    volumes: [data:/data]\nvolumes:\n  data: {}\n");

        var network = NetworkPlanner.Spec(project, "default", project.Networks["default"]).Labels;
        var volume = VolumePlanner.Spec(project, "data", project.Volumes["data"]).Labels;

        network.Keys.Concat(volume.Keys).Should().OnlyContain(k => k.StartsWith("com.docker.", StringComparison.Ordinal));
        DefinitionHash.LabelledOtherwise(network, DefinitionHash.Of(project.Networks["default"])).Should().BeFalse("the network matches its definition");
        DefinitionHash.LabelledOtherwise(network, "other").Should().BeTrue("a hash we wrote that differs means the definition changed");
    }

    [Fact]
    public void A_network_labelled_by_docker_compose_or_by_an_older_composectl_is_judged_as_before()
    {
        var byCompose = new Dictionary<string, string> { [ComposeLabels.ConfigHash] = "abc" };
        var byOlder = new Dictionary<string, string> { [ComposeLabels.ConfigHash] = "abc", [ComposeLabels.ConfigHashVersion] = ConfigHash.CurrentVersion };

        DefinitionHash.LabelledOtherwise(byCompose, "def").Should().BeFalse("never judged changed on a guess");
        DefinitionHash.LabelledOtherwise(byOlder, "def").Should().BeTrue();
        DefinitionHash.LabelledOtherwise(byOlder, "abc").Should().BeFalse();
    }
}
