using Compose.Model;
using k8s.Models;

namespace Compose.Conversion.Kubernetes;

/// <summary>
/// Kubernetes Services, so pods find each other by the names compose gives: one per service that has ports or that
/// another service reaches by name (depends_on, links, or its name as a host in another service's environment,
/// command or healthcheck), plus one per network alias, link alias and <c>container_name</c>. A service without
/// ports gets a headless Service: its name resolves to the pods' addresses, for any port, as compose DNS does.
/// <c>endpoint_mode: dnsrr</c> and StatefulSets are headless too.
/// </summary>
public static class ServiceExposure
{
    public static IEnumerable<V1Service> Services(ConversionContext context)
    {
        var taken = new HashSet<string>(context.Names.Values, StringComparer.Ordinal);
        var result = new List<V1Service>();
        foreach (var service in context.Project.Services.Values.Where(s => VolumeUsage.Runs(context.Roles[s.Name].Kind)))
        {
            var ports = PortMapper.ServicePorts(context, service);
            var isStateful = context.Roles[service.Name].Kind == WorkloadKind.StatefulSet;
            if (ports.Count == 0 && !isStateful && !IsReachedByName(context, service))
            {
                continue;
            }

            var name = context.NameOf(service.Name);
            result.Add(Build(context, service, name, ports, published: PortMapper.Publishes(service)));
            foreach (var (alias, path) in Aliases(context, service))
            {
                if (KubernetesNames.Dns1035(alias) is not { } aliasName || aliasName != alias.ToLowerInvariant())
                {
                    context.Warn(WarningKinds.Alias, path, $"the alias '{alias}' cannot name a Kubernetes Service (a DNS label: letters, digits and '-'); pods cannot reach {service.Name} by it.");
                }
                else if (!taken.Add(aliasName))
                {
                    context.Warn(WarningKinds.Alias, path, $"the name '{alias}' already names another Service; only one set of pods can answer to it in Kubernetes.");
                }
                else
                {
                    result.Add(Build(context, service, aliasName, ports, published: false));
                }
            }
        }

        return result;
    }

    private static V1Service Build(ConversionContext context, Service service, string name, List<PortMapper.ServicePortSpec> ports, bool published)
    {
        var selector = KubernetesLabels.Selector(context.Project.Name, context.NameOf(service.Name));
        var headless = ports.Count == 0 || service.Deploy?.EndpointMode == "dnsrr" || context.Roles[service.Name].Kind == WorkloadKind.StatefulSet;
        return new V1Service
        {
            ApiVersion = "v1",
            Kind = "Service",
            Metadata = new V1ObjectMeta { Name = name, Labels = new Dictionary<string, string>(KubernetesLabels.ForService(context.Project.Name, context.NameOf(service.Name)), StringComparer.Ordinal) },
            Spec = new V1ServiceSpec
            {
                Selector = new Dictionary<string, string>(selector, StringComparer.Ordinal),
                Ports = ports.Count == 0 ? null : PortMapper.ToServicePorts(ports),
                ClusterIP = headless ? "None" : null,
                // A headless Service has no address to publish; the type only applies to the service's own name.
                Type = published && !headless && context.Options.PublishedServiceType != "ClusterIP" ? context.Options.PublishedServiceType : null,
            },
        };
    }

    /// <summary>Other names the service answers to in compose, with where each was written.</summary>
    private static IEnumerable<(string Alias, string Path)> Aliases(ConversionContext context, Service service)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { service.Name };
        foreach (var (network, attachment) in service.Networks)
        {
            foreach (var alias in attachment.Aliases.Where(seen.Add))
            {
                yield return (alias, $"services.{service.Name}.networks.{network}.aliases");
            }
        }

        if (service.ContainerName is { } containerName && seen.Add(containerName))
        {
            yield return (containerName, $"services.{service.Name}.container_name");
        }

        foreach (var other in context.Project.Services.Values)
        {
            foreach (var link in other.Links)
            {
                if (link.Split(':', 2) is [var target, var alias] && target == service.Name && seen.Add(alias))
                {
                    yield return (alias, $"services.{other.Name}.links");
                }
            }
        }
    }

    private static bool IsReachedByName(ConversionContext context, Service service) =>
        context.Project.Services.Values.Where(o => o.Name != service.Name).Any(other =>
            other.DependsOn.ContainsKey(service.Name)
            || other.Links.Any(l => l.Split(':', 2)[0] == service.Name)
            || Words(other).Contains(service.Name));

    /// <summary>Host-like words (letters, digits, <c>_ . -</c>) of a service's environment values, command and healthcheck.</summary>
    private static HashSet<string> Words(Service service)
    {
        var texts = service.Environment.Values.OfType<string>()
            .Concat(service.Command ?? []).Concat(service.Entrypoint ?? []).Concat(service.HealthCheck?.Test ?? []);
        var separators = texts.SelectMany(t => t).Where(c => !(char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-')).Distinct().ToArray();
        return texts.SelectMany(t => t.Split(separators, StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.Ordinal);
    }
}
