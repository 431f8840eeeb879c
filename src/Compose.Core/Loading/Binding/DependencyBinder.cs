using System.Collections.Immutable;
using Compose.Loading.Yaml;
using Compose.Model;

namespace Compose.Loading.Binding;

/// <summary><c>depends_on</c>: a list of names (started, required) or a map with condition, required and restart.</summary>
public static class DependencyBinder
{
    public static ImmutableSortedDictionary<string, ServiceDependency> Bind(Node value, string path) => value is SequenceNode
        ? ModelMaps.From(NodeReader.StringList(value, path).Select(n => KeyValuePair.Create(n, new ServiceDependency())))
        : BindingMaps.Entries(value, path, Dependency);

    private static ServiceDependency Dependency(Node value, string path)
    {
        if (value is ScalarNode { IsNull: true })
        {
            return new ServiceDependency();
        }

        var dependency = MappingReader.Open(value, path, SpecKeys.Dependency);
        var condition = DeployBinder.OneOf(dependency, "condition", ServiceDependency.Started, ServiceDependency.Healthy, ServiceDependency.CompletedSuccessfully);
        return new ServiceDependency
        {
            Condition = condition ?? ServiceDependency.Started,
            Required = dependency.Bool("required") ?? true,
            Restart = dependency.Flag("restart"),
        };
    }

}
