using System.Collections.Immutable;
using System.Globalization;
using Compose.Model;
using Compose.Runtime;

namespace Compose.Planning;

/// <summary>Turns one replica of a service into the runtime's <see cref="ContainerCreateSpec"/>, labels included.</summary>
public static class ContainerSpecFactory
{
    public static ContainerCreateSpec Create(Project project, Service service, int number, string configHash) => new()
    {
        Name = ContainerNames.For(project.Name, service, number),
        Image = service.ImageName(project.Name),
        Command = service.Command,
        Entrypoint = service.Entrypoint,
        Environment = [.. service.Environment.Select(e => e.Value is null ? e.Key : $"{e.Key}={e.Value}")],
        Labels = Labels(project, service, number, configHash),
        Ports = [.. service.Ports.Select(ToBinding)],
        Networks = [.. Networks(project, service)],
        WorkingDirectory = service.WorkingDir,
        User = service.User,
        Hostname = service.Hostname,
        Tty = service.Tty,
        OpenStdin = service.StdinOpen,
        RestartPolicy = RestartPolicy(service.Restart),
        Init = service.Init,
        StopSignal = service.StopSignal,
        StopTimeout = service.StopGracePeriod,
    };

    private static ImmutableSortedDictionary<string, string> Labels(Project project, Service service, int number, string configHash) =>
        service.Labels.SetItems(new Dictionary<string, string>
        {
            [ComposeLabels.Project] = project.Name,
            [ComposeLabels.Service] = service.Name,
            [ComposeLabels.ContainerNumber] = number.ToString(CultureInfo.InvariantCulture),
            [ComposeLabels.OneOff] = ComposeLabels.False,
            [ComposeLabels.ConfigHash] = configHash,
            [ComposeLabels.ConfigHashVersion] = ConfigHash.CurrentVersion,
            [ComposeLabels.WorkingDir] = project.WorkingDirectory,
            [ComposeLabels.ConfigFiles] = string.Join(',', project.ConfigFiles),
            [ComposeLabels.Version] = ComposeLabels.ToolVersion,
            [ComposeLabels.DependsOn] = string.Join(',', service.DependsOn.Select(d => $"{d.Key}:{d.Value.Condition}:{(d.Value.Restart ? "true" : "false")}")),
        });

    /// <summary><c>on-failure:3</c> → on-failure with at most 3 retries.</summary>
    private static RestartPolicySpec? RestartPolicy(string? restart)
    {
        if (restart is null)
        {
            return null;
        }

        var colon = restart.IndexOf(':');
        return colon < 0
            ? new RestartPolicySpec(restart)
            : new RestartPolicySpec(restart[..colon], int.TryParse(restart[(colon + 1)..], CultureInfo.InvariantCulture, out var retries) ? retries : null);
    }

    private static PortBinding ToBinding(PortMapping port) =>
        new(port.Target, port.Protocol, port.HostIp, port.Published);

    /// <summary>Highest priority first, then by name: the first network is the container's primary one.</summary>
    private static IEnumerable<NetworkAttachment> Networks(Project project, Service service) =>
        service.Networks
            .OrderByDescending(n => n.Value.Priority)
            .ThenBy(n => n.Key, StringComparer.Ordinal)
            .Select(n => new NetworkAttachment(project.Networks[n.Key].Name, [service.Name, .. n.Value.Aliases])
            {
                IPv4Address = n.Value.Ipv4Address,
                IPv6Address = n.Value.Ipv6Address,
            });
}
