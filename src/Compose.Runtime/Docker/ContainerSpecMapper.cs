using Compose.Runtime.Docker.Wire;

namespace Compose.Runtime.Docker;

/// <summary>Turns a <see cref="ContainerCreateSpec"/> into the body of <c>POST /containers/create</c>.</summary>
internal static class ContainerSpecMapper
{
    public static ContainerCreateDto ToDto(ContainerCreateSpec spec)
    {
        var exposed = spec.ExposedPorts
            .Concat(spec.Ports.Select(p => PortKey(p.ContainerPort, p.Protocol)))
            .Distinct(StringComparer.Ordinal)
            .ToDictionary(p => p, _ => new EmptyDto(), StringComparer.Ordinal);

        return new ContainerCreateDto
        {
            Image = spec.Image,
            Cmd = spec.Command is { } command ? [.. command] : null,
            Entrypoint = spec.Entrypoint is { } entrypoint ? [.. entrypoint] : null,
            Env = spec.Environment.IsDefaultOrEmpty ? null : [.. spec.Environment],
            Labels = new(spec.Labels, StringComparer.Ordinal),
            ExposedPorts = exposed.Count == 0 ? null : exposed,
            WorkingDir = spec.WorkingDirectory,
            User = spec.User,
            Hostname = spec.Hostname,
            Tty = spec.Tty,
            OpenStdin = spec.OpenStdin,
            StopSignal = spec.StopSignal,
            StopTimeout = spec.StopTimeout is { } timeout ? (int)timeout.TotalSeconds : null,
            HostConfig = new HostConfigDto
            {
                PortBindings = PortBindings(spec),
                Init = spec.Init,
                NetworkMode = spec.Networks.IsDefaultOrEmpty ? null : spec.Networks[0].NetworkName,
                RestartPolicy = spec.RestartPolicy is { } policy ? new RestartPolicyDto { Name = policy.Name, MaximumRetryCount = policy.MaximumRetryCount } : null,
            },
            NetworkingConfig = PrimaryNetwork(spec),
        };
    }

    public static string PortKey(int port, string protocol) => $"{port}/{protocol}";

    private static Dictionary<string, PortBindingDto[]>? PortBindings(ContainerCreateSpec spec)
    {
        if (spec.Ports.IsDefaultOrEmpty)
        {
            return null;
        }

        return spec.Ports
            .GroupBy(p => PortKey(p.ContainerPort, p.Protocol), StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.Select(p => new PortBindingDto { HostIp = p.HostIp ?? "", HostPort = p.HostPort ?? "" }).ToArray(),
                StringComparer.Ordinal);
    }

    /// <summary>
    /// API 1.41 accepts a single endpoint at creation; further networks are connected after create
    /// (see <see cref="DockerRuntime.CreateContainerAsync"/>).
    /// </summary>
    private static NetworkingConfigDto? PrimaryNetwork(ContainerCreateSpec spec)
    {
        if (spec.Networks.IsDefaultOrEmpty)
        {
            return null;
        }

        var primary = spec.Networks[0];
        return new NetworkingConfigDto
        {
            EndpointsConfig = new(StringComparer.Ordinal) { [primary.NetworkName] = EndpointMapper.ToDto(primary) },
        };
    }
}
