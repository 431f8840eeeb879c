using System.Collections.Immutable;
using Compose.Errors;
using Compose.Loading.Yaml;
using Compose.Model;

namespace Compose.Loading.Binding;

/// <summary>Binds one <c>services.NAME</c> mapping into a <see cref="Service"/> in canonical long syntax.</summary>
public static class ServiceBinder
{
    public static Service Bind(string name, Node node)
    {
        var path = $"services.{name}";
        var mapping = NodeReader.Mapping(node, path);
        KeyValidator.Check(mapping, SpecKeys.Service, path);
        var service = new Service { Name = name };
        foreach (var (key, value) in mapping.Entries)
        {
            var keyPath = $"{path}.{key.Value}";
            service = BindKey(service, key.Value, value, keyPath);
        }

        return service;
    }

    private static Service BindKey(Service service, string key, Node value, string path) => key switch
    {
        "image" => service with { Image = NodeReader.OptionalString(value, path) },
        "command" => service with { Command = Arguments(value, path) },
        "entrypoint" => service with { Entrypoint = Arguments(value, path) },
        "environment" => service with { Environment = NodeReader.KeyValueMap(value, path) },
        "labels" => service with { Labels = Labels(value, path) },
        "ports" => service with { Ports = Ports(value, path) },
        "networks" => service with { Networks = ServiceNetworks(value, path) },
        "depends_on" => service with { DependsOn = DependsOn(value, path) },
        "profiles" => service with { Profiles = NodeReader.StringList(value, path) },
        "container_name" => service with { ContainerName = NodeReader.OptionalString(value, path) },
        "working_dir" => service with { WorkingDir = NodeReader.OptionalString(value, path) },
        "user" => service with { User = NodeReader.OptionalString(value, path) },
        "hostname" => service with { Hostname = NodeReader.OptionalString(value, path) },
        "restart" => service with { Restart = NodeReader.OptionalString(value, path) },
        "tty" => service with { Tty = NodeReader.Bool(value, path) },
        "stdin_open" => service with { StdinOpen = NodeReader.Bool(value, path) },
        "init" => service with { Init = NodeReader.Bool(value, path) },
        "stop_signal" => service with { StopSignal = NodeReader.OptionalString(value, path) },
        "stop_grace_period" => service with { StopGracePeriod = NodeReader.Duration(value, path) },
        "scale" => service with { Scale = NodeReader.Int(value, path) },
        _ when key.StartsWith("x-", StringComparison.Ordinal) => service with { Extensions = service.Extensions.SetItem(key, PlainData.From(value)) },
        // Defined by the spec, bound by a later stage of the loader's growth: accepted, not yet used.
        _ => service,
    };

    /// <summary><c>command</c>/<c>entrypoint</c>: a list as is, a string split like a shell would, null for the image default.</summary>
    private static ImmutableArray<string>? Arguments(Node value, string path)
    {
        switch (value)
        {
            case ScalarNode { IsNull: true }:
                return null;
            case ScalarNode scalar:
                try
                {
                    return [.. ShellWords.Split(scalar.Value)];
                }
                catch (FormatException e)
                {
                    throw new ComposeFileException(value.Location, path, e.Message + ".");
                }

            default:
                return NodeReader.StringList(value, path);
        }
    }

    private static ImmutableSortedDictionary<string, string> Labels(Node value, string path) =>
        ModelMaps.From(NodeReader.KeyValueMap(value, path).Select(kv => KeyValuePair.Create(kv.Key, kv.Value ?? "")));

    private static ImmutableArray<PortMapping> Ports(Node value, string path)
    {
        var sequence = NodeReader.Sequence(value, path);
        var ports = ImmutableArray.CreateBuilder<PortMapping>();
        for (var i = 0; i < sequence.Items.Length; i++)
        {
            var item = sequence.Items[i];
            var itemPath = $"{path}[{i}]";
            if (item is MappingNode mapping)
            {
                ports.Add(LongPort(mapping, itemPath));
                continue;
            }

            var text = NodeReader.String(item, itemPath);
            try
            {
                ports.AddRange(PortSyntax.Parse(text));
            }
            catch (FormatException e)
            {
                throw new ComposeFileException(item.Location, itemPath, $"'{text}' is not a valid port: {e.Message}.");
            }
        }

        return ports.ToImmutable();
    }

    private static readonly System.Collections.Immutable.ImmutableSortedSet<string> PortKeys =
        ImmutableSortedSet.Create(StringComparer.Ordinal, "name", "mode", "host_ip", "target", "published", "protocol", "app_protocol");

    private static PortMapping LongPort(MappingNode mapping, string path)
    {
        KeyValidator.Check(mapping, PortKeys, path);
        var target = mapping["target"] ?? throw new ComposeFileException(mapping.Location, path, "a port needs a target (the container port).");
        var port = new PortMapping { Target = NodeReader.Int(target, $"{path}.target") };
        foreach (var (key, value) in mapping.Entries)
        {
            var text = key.Value == "target" ? null : NodeReader.OptionalString(value, $"{path}.{key.Value}");
            port = key.Value switch
            {
                "name" => port with { Name = text },
                "mode" => port with { Mode = text ?? "ingress" },
                "host_ip" => port with { HostIp = text },
                "published" => port with { Published = text },
                "protocol" => port with { Protocol = text ?? "tcp" },
                "app_protocol" => port with { AppProtocol = text },
                _ => port,
            };
        }

        return port;
    }

    private static ImmutableSortedDictionary<string, ServiceNetwork> ServiceNetworks(Node value, string path)
    {
        if (value is SequenceNode)
        {
            return ModelMaps.From(NodeReader.StringList(value, path).Select(n => KeyValuePair.Create(n, Model.ServiceNetwork.Default)));
        }

        var mapping = NodeReader.Mapping(value, path);
        return ModelMaps.From(mapping.Entries.Select(e => KeyValuePair.Create(e.Key.Value, NetworkAttachment(e.Value, $"{path}.{e.Key.Value}"))));
    }

    private static ServiceNetwork NetworkAttachment(Node value, string path)
    {
        if (value is ScalarNode { IsNull: true })
        {
            return Model.ServiceNetwork.Default;
        }

        var mapping = NodeReader.Mapping(value, path);
        return new ServiceNetwork
        {
            Aliases = mapping["aliases"] is { } aliases ? NodeReader.StringList(aliases, $"{path}.aliases") : [],
            Ipv4Address = mapping["ipv4_address"] is { } v4 ? NodeReader.OptionalString(v4, $"{path}.ipv4_address") : null,
            Ipv6Address = mapping["ipv6_address"] is { } v6 ? NodeReader.OptionalString(v6, $"{path}.ipv6_address") : null,
            Priority = mapping["priority"] is { } priority ? NodeReader.Int(priority, $"{path}.priority") : 0,
        };
    }

    private static ImmutableSortedDictionary<string, ServiceDependency> DependsOn(Node value, string path)
    {
        if (value is SequenceNode)
        {
            return ModelMaps.From(NodeReader.StringList(value, path).Select(n => KeyValuePair.Create(n, new ServiceDependency())));
        }

        var mapping = NodeReader.Mapping(value, path);
        return ModelMaps.From(mapping.Entries.Select(e => KeyValuePair.Create(e.Key.Value, Dependency(e.Value, $"{path}.{e.Key.Value}"))));
    }

    private static ServiceDependency Dependency(Node value, string path)
    {
        var mapping = NodeReader.Mapping(value, path);
        var dependency = new ServiceDependency();
        if (mapping["condition"] is { } condition)
        {
            var text = NodeReader.String(condition, $"{path}.condition");
            if (text is not (ServiceDependency.Started or ServiceDependency.Healthy or ServiceDependency.CompletedSuccessfully))
            {
                throw new ComposeFileException(condition.Location, $"{path}.condition",
                    $"'{text}' is not a condition; use service_started, service_healthy or service_completed_successfully.");
            }

            dependency = dependency with { Condition = text };
        }

        if (mapping["required"] is { } required)
        {
            dependency = dependency with { Required = NodeReader.Bool(required, $"{path}.required") };
        }

        if (mapping["restart"] is { } restart)
        {
            dependency = dependency with { Restart = NodeReader.Bool(restart, $"{path}.restart") };
        }

        return dependency;
    }
}
