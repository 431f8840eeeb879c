using Compose.Loading.Yaml;

namespace Compose.Loading.Profiles;

/// <summary>A place where one service names another it needs: <c>depends_on</c>, <c>links</c>, <c>service:x</c> namespaces.</summary>
public readonly record struct ServiceReference(string Service, string Via, Node Node)
{
    private static readonly string[] Namespaces = ["network_mode", "ipc", "pid", "uts", "cgroup"];

    /// <summary>The services <paramref name="service"/> requires (optional <c>depends_on</c> entries left out).</summary>
    public static IEnumerable<ServiceReference> Of(MappingNode service)
    {
        foreach (var reference in DependsOn(service["depends_on"]))
        {
            yield return reference;
        }

        foreach (var (node, text) in Strings(service["links"]))
        {
            yield return new ServiceReference(text.Split(':')[0], "links", node);
        }

        foreach (var (node, text) in Strings(service["volumes_from"]).Where(s => !s.Text.StartsWith("container:", StringComparison.Ordinal)))
        {
            yield return new ServiceReference(text.Split(':')[0], "volumes_from", node);
        }

        foreach (var key in Namespaces)
        {
            if (service[key] is ScalarNode { IsNull: false } scalar && scalar.Value.StartsWith("service:", StringComparison.Ordinal))
            {
                yield return new ServiceReference(scalar.Value["service:".Length..], key, scalar);
            }
        }
    }

    private static IEnumerable<ServiceReference> DependsOn(Node? node) => node switch
    {
        SequenceNode list => Strings(list).Select(s => new ServiceReference(s.Text, "depends_on", s.Node)),
        MappingNode mapping => mapping.Entries
            .Where(e => !(e.Value is MappingNode options && options["required"] is ScalarNode { Value: var required } && IsFalse(required)))
            .Select(e => new ServiceReference(e.Key.Value, "depends_on", e.Key)),
        _ => [],
    };

    private static IEnumerable<(Node Node, string Text)> Strings(Node? node) =>
        node is SequenceNode list ? list.Items.OfType<ScalarNode>().Where(s => !s.IsNull).Select(s => ((Node)s, s.Value)) : [];

    private static bool IsFalse(string value) => value.ToLowerInvariant() is "false" or "no" or "off";
}
