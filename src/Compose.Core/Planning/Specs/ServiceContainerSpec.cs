using Compose.Model;
using Compose.Runtime;

namespace Compose.Planning.Specs;

/// <summary>
/// Every model field that shapes a container, mapped to the runtime's <see cref="ContainerCreateSpec"/>. Names and
/// compose labels are the caller's (<see cref="ContainerSpecFactory"/>).
/// </summary>
public static class ServiceContainerSpec
{
    public static ContainerCreateSpec Create(Project project, Service service, string containerName) =>
        Host(project, service, Process(project, service, containerName));

    private static ContainerCreateSpec Process(Project project, Service service, string containerName) => new()
    {
        Name = containerName,
        Image = service.ImageName(project.Name),
        Platform = service.Platform,
        Command = service.Command,
        Entrypoint = service.Entrypoint,
        Environment = [.. service.Environment.Select(e => e.Value is null ? e.Key : $"{e.Key}={e.Value}")],
        Labels = service.Labels,
        Annotations = service.Annotations,
        WorkingDirectory = service.WorkingDir,
        User = service.User,
        Hostname = service.Hostname,
        Domainname = service.Domainname,
        MacAddress = service.MacAddress,
        Tty = service.Tty,
        OpenStdin = service.StdinOpen,
        Init = service.Init,
        StopSignal = service.StopSignal,
        StopTimeout = service.StopGracePeriod,
        HealthCheck = HealthCheckSpecFactory.Create(service.HealthCheck),
        RestartPolicy = RestartPolicySpecFactory.Create(service),
        Logging = service.Logging is { } logging ? new LogConfigSpec(logging.Driver, logging.Options) : null,
        GroupAdd = service.GroupAdd,
    };

    private static ContainerCreateSpec Host(Project project, Service service, ContainerCreateSpec spec) => spec with
    {
        ExposedPorts = [.. service.Expose.SelectMany(ExposedPorts)],
        Ports = [.. service.Ports.Select(p => new PortBinding(p.Target, p.Protocol, p.HostIp, p.Published))],
        Networks = NetworkSpecFactory.Attachments(project, service),
        NetworkMode = NetworkSpecFactory.Mode(project, service.NetworkMode),
        Dns = service.Dns,
        DnsSearch = service.DnsSearch,
        DnsOptions = service.DnsOpt,
        ExtraHosts = NetworkSpecFactory.ExtraHosts(service),
        Mounts = MountSpecFactory.Create(project, service),
        Tmpfs = MountSpecFactory.Tmpfs(service),
        Resources = ResourceSpecFactory.Create(service),
        Ulimits = ResourceSpecFactory.Ulimits(service),
        Devices = ResourceSpecFactory.Devices(service),
        DeviceCgroupRules = service.DeviceCgroupRules,
        Sysctls = service.Sysctls,
        CapAdd = service.CapAdd,
        CapDrop = service.CapDrop,
        SecurityOpt = service.SecurityOpt,
        Privileged = service.Privileged,
        ReadOnlyRootFilesystem = service.ReadOnly,
        ShmSize = service.ShmSize,
        IpcMode = NetworkSpecFactory.Mode(project, service.Ipc),
        PidMode = NetworkSpecFactory.Mode(project, service.Pid),
        UtsMode = service.Uts,
        UsernsMode = service.UsernsMode,
        CgroupnsMode = service.Cgroup,
        CgroupParent = service.CgroupParent,
        Runtime = service.Runtime,
        Docker = DockerOnly(project, service),
    };

    private static DockerContainerOptions? DockerOnly(Project project, Service service)
    {
        var options = new DockerContainerOptions
        {
            Links = NetworkSpecFactory.Links(project, service),
            VolumesFrom = NetworkSpecFactory.VolumesFrom(project, service),
            StorageOpt = service.StorageOpt,
            Isolation = service.Isolation,
        };
        return options.IsEmpty ? null : options;
    }

    /// <summary><c>80</c> → <c>80/tcp</c>; <c>8000-8002/udp</c> → one entry per port.</summary>
    private static IEnumerable<string> ExposedPorts(string expose)
    {
        var slash = expose.IndexOf('/');
        var protocol = slash < 0 ? "tcp" : expose[(slash + 1)..];
        var range = (slash < 0 ? expose : expose[..slash]).Split('-');
        var start = int.Parse(range[0], System.Globalization.CultureInfo.InvariantCulture);
        var end = range.Length > 1 ? int.Parse(range[1], System.Globalization.CultureInfo.InvariantCulture) : start;
        return Enumerable.Range(start, Math.Max(0, end - start + 1)).Select(port => $"{port}/{protocol}");
    }
}
