using System.Globalization;
using Compose.Model;
using k8s.Models;

namespace Compose.Conversion.Kubernetes;

/// <summary>
/// <c>ports</c> and <c>expose</c> as container ports and Service ports. Other services reach a compose service on its
/// container port by name, so every Service port has the target port as its port; a published port that differs
/// is a second port to the same target, so <c>kubectl port-forward service/NAME PUBLISHED</c> (or a NodePort or
/// LoadBalancer Service) answers where the host port did. <c>mode: host</c> is a hostPort.
/// </summary>
public static class PortMapper
{
    /// <summary>Kubernetes has no port ranges: a range is expanded, up to this many ports.</summary>
    public const int MaxRange = 100;

    public sealed record ServicePortSpec(int Port, int Target, string Protocol, string? Name, string? AppProtocol, bool Published);

    public static List<V1ContainerPort>? ContainerPorts(ConversionContext context, Service service)
    {
        var ports = new List<V1ContainerPort>();
        for (var i = 0; i < service.Ports.Length; i++)
        {
            var port = service.Ports[i];
            var path = context.ItemPath($"services.{service.Name}.ports", i, service.Ports.Length);
            if (port.HostIp is { Length: > 0 } hostIp && hostIp is not ("0.0.0.0" or "::"))
            {
                context.Warn(WarningKinds.HostIp, path, $"binding to the host address {hostIp} has no mapping; the Service listens on the cluster network (kubectl port-forward binds 127.0.0.1).");
            }

            int? hostPort = port.Mode == "host" && SinglePort(port.Published) is { } published ? published : null;
            Add(ports, new V1ContainerPort { ContainerPort = port.Target, Protocol = Protocol(port.Protocol), HostPort = hostPort });
        }

        foreach (var (number, protocol) in ExposedPorts(context, service))
        {
            Add(ports, new V1ContainerPort { ContainerPort = number, Protocol = protocol });
        }

        return ports.Count == 0 ? null : ports;
    }

    public static List<ServicePortSpec> ServicePorts(ConversionContext context, Service service)
    {
        var specs = new List<ServicePortSpec>();
        foreach (var port in service.Ports)
        {
            var protocol = Protocol(port.Protocol);
            AddSpec(specs, new ServicePortSpec(port.Target, port.Target, protocol, port.Name, port.AppProtocol, Published: false));
            if (SinglePort(port.Published) is { } published && published != port.Target)
            {
                AddSpec(specs, new ServicePortSpec(published, port.Target, protocol, null, port.AppProtocol, Published: true));
            }
        }

        foreach (var (number, protocol) in ExposedPorts(context, service))
        {
            AddSpec(specs, new ServicePortSpec(number, number, protocol, null, null, Published: false));
        }

        return specs;
    }

    /// <summary>Whether any port is published on the host: then the Service takes <see cref="KubernetesOptions.PublishedServiceType"/>.</summary>
    public static bool Publishes(Service service) => service.Ports.Any(p => p.Published is { Length: > 0 });

    public static List<V1ServicePort> ToServicePorts(IEnumerable<ServicePortSpec> specs)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        return [.. specs.Select(spec =>
        {
            var generated = $"{spec.Protocol.ToLowerInvariant()}-{spec.Port}";
            var name = spec.Name is { } given && KubernetesNames.PortName(given) is { } valid && !used.Contains(valid) ? valid : generated;
            used.Add(name);
            return new V1ServicePort { Name = name, Port = spec.Port, TargetPort = spec.Target, Protocol = spec.Protocol, AppProtocol = spec.AppProtocol };
        })];
    }

    private static IEnumerable<(int Port, string Protocol)> ExposedPorts(ConversionContext context, Service service)
    {
        foreach (var entry in service.Expose)
        {
            var (range, protocol) = entry.Split('/', 2) is [var r, var p] ? (r, Protocol(p)) : (entry, "TCP");
            var bounds = range.Split('-', 2);
            if (!int.TryParse(bounds[0], CultureInfo.InvariantCulture, out var first))
            {
                continue;
            }

            var last = bounds.Length == 2 && int.TryParse(bounds[1], CultureInfo.InvariantCulture, out var end) ? end : first;
            if (last - first >= MaxRange)
            {
                context.Warn(WarningKinds.Unsupported, $"services.{service.Name}.expose", $"the range {range} is longer than {MaxRange} ports; only its first {MaxRange} are exposed.");
                last = first + MaxRange - 1;
            }

            for (var port = first; port <= last; port++)
            {
                yield return (port, protocol);
            }
        }
    }

    private static int? SinglePort(string? published) =>
        int.TryParse(published, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and < 65536 ? port : null;

    private static string Protocol(string protocol) => protocol.ToUpperInvariant();

    private static void Add(List<V1ContainerPort> ports, V1ContainerPort port)
    {
        if (!ports.Any(p => p.ContainerPort == port.ContainerPort && p.Protocol == port.Protocol))
        {
            ports.Add(port);
        }
    }

    private static void AddSpec(List<ServicePortSpec> specs, ServicePortSpec spec)
    {
        if (!specs.Any(s => s.Port == spec.Port && s.Protocol == spec.Protocol))
        {
            specs.Add(spec);
        }
    }
}
