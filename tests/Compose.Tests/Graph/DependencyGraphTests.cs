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
