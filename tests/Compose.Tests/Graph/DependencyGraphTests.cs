using Compose.Graph;

namespace Compose.Tests.Graph;

public class DependencyGraphTests
{
    private static DependencyGraph Graph(params (string Node, string[] Dependencies)[] nodes) =>
        new(nodes.Select(n => KeyValuePair.Create(n.Node, (IEnumerable<string>)n.Dependencies)));

    [Fact]
    public void Orders_dependencies_first_and_ties_by_name()
    {
        var graph = Graph(("web", ["db", "cache"]), ("db", []), ("cache", []), ("worker", ["db"]));

        graph.TopologicalOrder().Should().Equal("cache", "db", "web", "worker");
        graph.ReverseTopologicalOrder().Should().Equal("worker", "web", "db", "cache");
    }

    [Fact]
    public void Names_dependents_in_ordinal_order_and_none_for_a_leaf()
    {
        var graph = Graph(("web", ["db"]), ("api", ["db", "cache"]), ("db", []), ("cache", []), ("Zeta", ["db"]));

        graph.DependentsOf("db").Should().Equal("Zeta", "api", "web");
        graph.DependentsOf("cache").Should().Equal("api");
        graph.DependentsOf("web").Should().BeEmpty();
        graph.DependentsOf("not-a-node").Should().BeEmpty();
    }

    [Fact]
    public void Orders_a_long_chain_of_services()
    {
        // 20,000 services each depending on the one before: the order is the chain itself (this was quadratic).
        var names = Enumerable.Range(0, 20_000).Select(i => $"s{i:D5}").ToArray();
        var graph = Graph([.. names.Select((name, i) => (name, i == 0 ? Array.Empty<string>() : [names[i - 1]]))]);

        graph.TopologicalOrder().Should().Equal(names);
    }

    [Fact]
    public void Finds_a_cycle_and_names_it_in_order()
    {
        var graph = Graph(("a", ["b"]), ("b", ["c"]), ("c", ["a"]), ("d", []));

        graph.FindCycle().Should().Equal("a", "b", "c", "a");
    }

    [Fact]
    public void Has_no_cycle_when_acyclic()
    {
        Graph(("a", ["b"]), ("b", [])).FindCycle().Should().BeNull();
    }

    [Fact]
    public void Ignores_dependencies_outside_the_graph()
    {
        Graph(("a", ["missing"])).TopologicalOrder().Should().Equal("a");
    }
}
