using System.Collections.Immutable;
using Compose.Model;
using Compose.Runtime;

namespace Compose.Planning.Specs;

/// <summary>
/// How a container joins networks: attachments (highest <c>priority</c> first, then by name; the service name is
/// always an alias), or a network mode. <c>service:NAME</c> in <c>network_mode</c>, <c>ipc</c> and <c>pid</c>
/// points at that service's first container; links name containers too.
/// </summary>
public static class NetworkSpecFactory
{
    public static ImmutableArray<NetworkAttachment> Attachments(Project project, Service service) => service.NetworkMode is not null
        ? []
        : [.. service.Networks
            .OrderByDescending(n => n.Value.Priority)
            .ThenBy(n => n.Key, StringComparer.Ordinal)
            .Select(n => new NetworkAttachment(project.Networks[n.Key].Name, [service.Name, .. n.Value.Aliases])
            {
                IPv4Address = n.Value.Ipv4Address,
                IPv6Address = n.Value.Ipv6Address,
                LinkLocalIPs = n.Value.LinkLocalIps,
                MacAddress = n.Value.MacAddress,
                DriverOptions = n.Value.DriverOpts,
                Priority = n.Value.GwPriority,
            })];

    /// <summary><c>service:NAME</c> → <c>container:&lt;NAME's first container&gt;</c>; other modes as written.</summary>
    public static string? Mode(Project project, string? mode) =>
        mode is not null && mode.StartsWith("service:", StringComparison.Ordinal)
            ? "container:" + FirstContainer(project, mode["service:".Length..])
            : mode;

    /// <summary><c>SERVICE[:ALIAS]</c> → <c>&lt;container&gt;:ALIAS</c>; external links as written, aliased by their name.</summary>
    public static ImmutableArray<string> Links(Project project, Service service) =>
    [
        .. service.Links.Select(link => link.Split(':', 2) is var parts
            ? $"{FirstContainer(project, parts[0])}:{(parts.Length > 1 ? parts[1] : parts[0])}"
            : link),
        .. service.ExternalLinks.Select(link => link.Contains(':') ? link : $"{link}:{link}"),
    ];

    /// <summary><c>SERVICE[:ro|rw]</c> or <c>container:NAME[:ro|rw]</c> → <c>NAME[:ro|rw]</c> with services resolved to containers.</summary>
    public static ImmutableArray<string> VolumesFrom(Project project, Service service) =>
    [
        .. service.VolumesFrom.Select(source =>
        {
            if (source.StartsWith("container:", StringComparison.Ordinal))
            {
                return source["container:".Length..];
            }

            var parts = (source.StartsWith("service:", StringComparison.Ordinal) ? source["service:".Length..] : source).Split(':', 2);
            return FirstContainer(project, parts[0]) + (parts.Length > 1 ? ":" + parts[1] : "");
        }),
    ];

    /// <summary><c>host:ip</c> entries for <c>/etc/hosts</c>, one per address.</summary>
    public static ImmutableArray<string> ExtraHosts(Service service) =>
        [.. service.ExtraHosts.SelectMany(h => h.Value.Select(address => $"{h.Key}:{address}"))];

    private static string FirstContainer(Project project, string serviceName) =>
        project.Services.TryGetValue(serviceName, out var other) ? ContainerNames.For(project.Name, other, 1) : serviceName;
}
