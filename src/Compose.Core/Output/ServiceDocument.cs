using System.Globalization;
using Compose.Loading.Binding;
using Compose.Model;

namespace Compose.Output;

/// <summary>One service as <c>docker compose config</c> prints it: keys sorted, long syntax.</summary>
internal static class ServiceDocument
{
    public static OrderedMap From(Service service)
    {
        var entries = new List<(string, object?)>
        {
            ("command", service.Command is { } command ? command.ToList() : null),
            ("container_name", service.ContainerName),
            ("depends_on", service.DependsOn.IsEmpty ? null : ProjectDocument.Sorted(service.DependsOn.Select(d => (d.Key, (object?)Dependency(d.Value))))),
            ("entrypoint", service.Entrypoint is { } entrypoint ? entrypoint.ToList() : null),
            ("environment", service.Environment.IsEmpty ? null : service.Environment),
            ("hostname", service.Hostname),
            ("image", service.Image),
            ("init", service.Init),
            ("labels", service.Labels.IsEmpty ? null : service.Labels),
            ("networks", service.Networks.IsEmpty ? null : ProjectDocument.Sorted(service.Networks.Select(n => (n.Key, Network(n.Value))))),
            ("ports", service.Ports.IsEmpty ? null : service.Ports.Select(Port).ToList()),
            ("profiles", service.Profiles.IsEmpty ? null : service.Profiles.ToList()),
            ("restart", service.Restart),
            ("scale", service.Scale),
            ("stdin_open", service.StdinOpen ? true : null),
            ("stop_grace_period", service.StopGracePeriod is { } grace ? DurationSyntax.Format(grace) : null),
            ("stop_signal", service.StopSignal),
            ("tty", service.Tty ? true : null),
            ("user", service.User),
            ("working_dir", service.WorkingDir),
        };
        entries.AddRange(service.Extensions.Select(e => (e.Key, e.Value)));
        var map = new OrderedMap();
        foreach (var (key, value) in entries.OrderBy(e => e.Item1, StringComparer.Ordinal))
        {
            map.AddIfSet(key, value);
        }

        return map;
    }

    private static OrderedMap Dependency(ServiceDependency dependency) => new()
    {
        ["condition"] = dependency.Condition,
        ["required"] = dependency.Required,
        ["restart"] = dependency.Restart,
    };

    /// <summary>An attachment without settings prints as null, as docker compose does.</summary>
    private static object? Network(ServiceNetwork network)
    {
        if (network == ServiceNetwork.Default)
        {
            return null;
        }

        var map = new OrderedMap();
        map.AddIfSet("aliases", network.Aliases.IsEmpty ? null : network.Aliases.ToList());
        map.AddIfSet("ipv4_address", network.Ipv4Address);
        map.AddIfSet("ipv6_address", network.Ipv6Address);
        map.AddIfSet("priority", network.Priority == 0 ? null : network.Priority);
        return map;
    }

    private static OrderedMap Port(PortMapping port)
    {
        var map = new OrderedMap();
        map.AddIfSet("name", port.Name);
        map["mode"] = port.Mode;
        map.AddIfSet("host_ip", port.HostIp);
        map["target"] = port.Target;
        map.AddIfSet("published", port.Published);
        map["protocol"] = port.Protocol;
        map.AddIfSet("app_protocol", port.AppProtocol);
        return map;
    }

    internal static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
