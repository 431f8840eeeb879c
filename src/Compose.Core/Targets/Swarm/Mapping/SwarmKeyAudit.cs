using System.Collections.Immutable;
using System.Globalization;
using Compose.Errors;
using Compose.Loading.Binding;
using Compose.Model;

namespace Compose.Targets.Swarm.Mapping;

/// <summary>
/// Reads a project for what a swarm cannot do, before anything is planned. Ignored keys become warnings located
/// in the files (<c>compose.yaml:12:5: services.web.depends_on: ignored: …</c>); the first refused one is an error
/// located the same way; values swarm cannot take (a port range, a host IP, an image or cluster mount, a bridge
/// network) are refused at their entry.
/// </summary>
public static class SwarmKeyAudit
{
    public static ImmutableArray<string> Check(Project project, SourceMap sources)
    {
        var warnings = ImmutableArray.CreateBuilder<string>();
        foreach (var service in project.Services.Values)
        {
            foreach (var rule in SwarmKeyRules.Services.Where(r => r.IsUsed(service)))
            {
                var path = $"services.{service.Name}.{rule.Key}";
                if (rule.Verdict == SwarmKeyVerdict.Refused)
                {
                    throw new ComposeFileException(sources.Find(path), path, $"not supported by swarm: {rule.Reason}.");
                }

                warnings.Add(Located(sources, path, $"ignored by swarm: {rule.Reason}."));
            }

            CheckValues(service, sources, warnings);
        }

        CheckNetworks(project, sources);
        return warnings.ToImmutable();
    }

    private static void CheckValues(Service service, SourceMap sources, ImmutableArray<string>.Builder warnings)
    {
        var prefix = $"services.{service.Name}";
        for (var i = 0; i < service.Ports.Length; i++)
        {
            var port = service.Ports[i];
            if (port.Published is { } published && !uint.TryParse(published, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                throw Refused(sources, $"{prefix}.ports[{i}]", $"swarm publishes one port per entry, not the range '{published}': write one entry per port.");
            }

            if (port.HostIp is { Length: > 0 } address && address is not ("0.0.0.0" or "::"))
            {
                throw Refused(sources, $"{prefix}.ports[{i}]", $"swarm publishes on every address of its nodes, not on {address}: drop the address.");
            }
        }

        for (var i = 0; i < service.Volumes.Length; i++)
        {
            var mount = service.Volumes[i];
            var path = $"{prefix}.volumes[{i}]";
            if (mount.Type is ServiceMount.Image or ServiceMount.Cluster)
            {
                throw Refused(sources, path, $"{mount.Type} mounts are not supported by swarm services: use a named volume.");
            }

            if (mount.Type == ServiceMount.Bind)
            {
                warnings.Add(Located(sources, path, $"the host path {mount.Source} must exist on every node that may run the service's tasks (swarm does not create it)."));
            }
        }

        if (service.Deploy?.Mode is "global" or "global-job" && service.Scale is not null)
        {
            throw Refused(sources, $"{prefix}.deploy.replicas", "a global service runs one task on every node: drop replicas (or use mode: replicated).");
        }

        if (service.Deploy?.Mode is { } mode && mode is not ("replicated" or "global" or "replicated-job" or "global-job"))
        {
            throw Refused(sources, $"{prefix}.deploy.mode", $"unknown mode '{mode}': use replicated, global, replicated-job or global-job.");
        }
    }

    private static void CheckNetworks(Project project, SourceMap sources)
    {
        foreach (var (key, network) in project.Networks.Where(n => !n.Value.External && project.Services.Values.Any(s => s.Networks.ContainsKey(n.Key))))
        {
            if (network.Driver is "bridge" or "host" or "none")
            {
                throw Refused(sources, $"networks.{key}.driver", $"swarm services join swarm-scoped networks, not a {network.Driver} network: use driver overlay (the default here).");
            }
        }
    }

    private static ComposeFileException Refused(SourceMap sources, string path, string problem) => new(sources.Find(path), path, problem);

    private static string Located(SourceMap sources, string path, string problem) =>
        sources.Find(path) is { } location ? $"{location}: {path}: {problem}" : $"{path}: {problem}";
}
