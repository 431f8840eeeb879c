using Compose.Planning;

namespace Compose.Tests.Planning;

/// <summary>
/// Two networks with one name (two <c>up</c>s that raced, or one created through the API without its duplicate
/// check): the engine refuses removals and container joins by that name, so the plan names them by id.
/// </summary>
public class DuplicateNetworkPlanTests
{
    private const string TwoTier = "services:\n  db:\n    image: busybox\n  web:\n    image: busybox\n    depends_on: [db]\n";

    [Fact]
    public async Task Down_removes_every_network_of_the_name_by_id()
    {
        var (scenario, project) = await Scenario.UpAsync(TwoTier);
        var original = scenario.Engine.Networks.Single();
        var duplicate = scenario.Engine.SeedDuplicateNetwork(original.Name);

        var plan = await scenario.Target.PlanDownAsync(project, new DownOptions(), default);

        plan.ToText().Should().EndWith(Golden.Text("""
            [2,4] -> #5 network:default, RemoveNetwork, project down
            [2,4] -> #6 network:default, RemoveNetwork, project down (a duplicate)
            """));
        await scenario.ExecuteAndConvergeAsync(plan, () => scenario.Target.PlanDownAsync(project, new DownOptions(), default));
        scenario.Engine.Networks.Should().BeEmpty();
        scenario.Engine.CallTexts.Should().Contain([$"remove network {original.Id}", $"remove network {duplicate.Id}"]);
    }

    [Fact]
    public async Task Up_keeps_the_first_network_removes_the_duplicate_before_any_container_joins_and_warns()
    {
        var (scenario, _) = await Scenario.UpAsync(TwoTier);
        var original = scenario.Engine.Networks.Single();
        var duplicate = scenario.Engine.SeedDuplicateNetwork(original.Name);
        var withCache = await TestProjects.ProjectAsync(TwoTier + "  cache:\n    image: busybox\n");

        var plan = await scenario.PlanUpAsync(withCache);

        plan.Warnings.Should().ContainSingle().Which.Should().Be(
            $"network {original.Name} exists 2 times (ids {original.Id}, {duplicate.Id}), as after two runs that raced; keeping {original.Id} and removing the others");
        plan.ToText().Should().Be(Golden.Text($"""
            [] -> #1 network:default, RemoveNetwork, duplicate of network {original.Id}
            [1] -> #2 service:cache:1, CreateContainer, no existing container
            [2] -> #3 service:cache:1, StartContainer, created
            """));
        await scenario.ExecuteAndConvergeUpAsync(plan, withCache);
        scenario.Engine.Networks.Select(n => n.Id).Should().Equal(original.Id);
        scenario.Engine.CallTexts.Should().Contain($"remove network {duplicate.Id}");
    }
}
