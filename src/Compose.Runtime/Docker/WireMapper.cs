using System.Collections.Immutable;
using System.Globalization;
using Compose.Runtime.Docker.Wire;

namespace Compose.Runtime.Docker;

/// <summary>Translates between runtime-neutral records and the engine's wire types.</summary>
internal static class WireMapper
{
    public static ContainerInfo ToInfo(ContainerSummaryDto dto) => new()
    {
        Id = dto.Id,
        Name = (dto.Names is { Length: > 0 } names ? names[0] : dto.Id).TrimStart('/'),
        Image = FamiliarName(dto.Image),
        ImageId = dto.ImageID,
        Command = dto.Command ?? "",
        State = ParseState(dto.State),
        Status = dto.Status,
        Labels = ToSorted(dto.Labels),
        Created = DateTimeOffset.FromUnixTimeSeconds(dto.Created),
        Ports = [.. (dto.Ports ?? []).Select(p => new PublishedPort(p.PrivatePort, p.Type, p.IP, p.PublicPort))],
        Networks = [.. (dto.NetworkSettings?.Networks?.Keys ?? Enumerable.Empty<string>()).Order(StringComparer.Ordinal)],
        Mounts = [.. (dto.Mounts ?? []).Select(ToMountInfo)],
    };

    /// <summary>Docker's way of saying a running container's health in its status: "Up 4 seconds (healthy)", "(health: starting)".</summary>
    public static string WithHealth(string status, string health) =>
        !status.StartsWith("Up", StringComparison.Ordinal) || status.EndsWith(')')
            ? status
            : health == "starting" ? $"{status} (health: starting)" : $"{status} ({health})";

    public static ContainerDetails ToDetails(ContainerInspectDto dto)
    {
        var networks = dto.NetworkSettings?.Networks ?? [];
        var summary = new ContainerInfo
        {
            Id = dto.Id,
            Name = dto.Name.TrimStart('/'),
            Image = FamiliarName(dto.Config?.Image ?? dto.Image),
            ImageId = dto.Image,
            Command = string.Join(' ', new[] { dto.Path ?? "" }.Concat(dto.Args ?? []).Where(p => p.Length > 0)),
            State = ParseState(dto.State?.Status),
            Status = dto.State?.Status ?? "",
            Labels = ToSorted(dto.Config?.Labels),
            Created = ParseTime(dto.Created) ?? default,
            Ports = [.. InspectPorts(dto.NetworkSettings?.Ports)],
            Networks = [.. networks.Keys.Order(StringComparer.Ordinal)],
            Mounts = [.. (dto.Mounts ?? []).Select(ToMountInfo)],
        };
        return new ContainerDetails
        {
            Summary = summary,
            ExitCode = dto.State?.ExitCode,
            Error = string.IsNullOrEmpty(dto.State?.Error) ? null : dto.State.Error,
            OomKilled = dto.State?.OOMKilled ?? false,
            Pid = dto.State?.Pid is > 0 ? dto.State.Pid : null,
            StartedAt = ParseTime(dto.State?.StartedAt),
            FinishedAt = ParseTime(dto.State?.FinishedAt),
            HealthStatus = string.IsNullOrEmpty(dto.State?.Health?.Status) ? null : dto.State.Health.Status,
            HealthLog = [.. (dto.State?.Health?.Log ?? []).Select(l => new HealthCheckResult(ParseTime(l.Start) ?? default, ParseTime(l.End), l.ExitCode, l.Output ?? ""))],
            Environment = [.. dto.Config?.Env ?? []],
            Command = [.. dto.Config?.Cmd ?? []],
            Entrypoint = [.. dto.Config?.Entrypoint ?? []],
            Tty = dto.Config?.Tty ?? false,
            OpenStdin = dto.Config?.OpenStdin ?? false,
            WorkingDirectory = string.IsNullOrEmpty(dto.Config?.WorkingDir) ? null : dto.Config.WorkingDir,
            User = string.IsNullOrEmpty(dto.Config?.User) ? null : dto.Config.User,
            RestartPolicy = dto.HostConfig?.RestartPolicy is { Name.Length: > 0 } policy ? new RestartPolicySpec(policy.Name, policy.MaximumRetryCount) : null,
            Mounts = [.. (dto.Mounts ?? []).Select(ToMountInfo)],
            NetworkEndpoints = networks.ToImmutableSortedDictionary(n => n.Key, n => ToEndpoint(n.Value), StringComparer.Ordinal),
        };
    }

    public static NetworkDetails ToDetails(NetworkDto dto) => new()
    {
        Summary = ToInfo(dto),
        Ipam = dto.IPAM is null ? null : new IpamSpec
        {
            Driver = dto.IPAM.Driver,
            Options = ToSorted(dto.IPAM.Options),
            Config = [.. (dto.IPAM.Config ?? []).Select(c => new IpamPoolSpec
            {
                Subnet = c.Subnet,
                IpRange = c.IPRange,
                Gateway = c.Gateway,
                AuxAddresses = ToSorted(c.AuxiliaryAddresses),
            })],
        },
        Containers = (dto.Containers ?? []).ToImmutableSortedDictionary(c => c.Key, c => c.Value.Name ?? "", StringComparer.Ordinal),
    };

    private static NetworkEndpointInfo ToEndpoint(EndpointSettingsDto dto) => new()
    {
        NetworkId = dto.NetworkID,
        IPv4Address = string.IsNullOrEmpty(dto.IPAddress) ? null : dto.IPAddress,
        IPv6Address = string.IsNullOrEmpty(dto.GlobalIPv6Address) ? null : dto.GlobalIPv6Address,
        MacAddress = string.IsNullOrEmpty(dto.MacAddress) ? null : dto.MacAddress,
        Aliases = [.. dto.Aliases ?? []],
    };

    private static MountInfo ToMountInfo(MountPointDto m) => new(ParseMountType(m.Type), m.Name, m.Source, m.Destination, m.RW, m.Driver);

    private static MountType ParseMountType(string? type) => type switch
    {
        "bind" => MountType.Bind,
        "tmpfs" => MountType.Tmpfs,
        "npipe" => MountType.NamedPipe,
        "image" => MountType.Image,
        _ => MountType.Volume,
    };

    public static NetworkInfo ToInfo(NetworkDto dto) => new()
    {
        Id = dto.Id ?? "",
        Name = dto.Name,
        Driver = dto.Driver ?? "",
        Internal = dto.Internal,
        Attachable = dto.Attachable,
        EnableIPv6 = dto.EnableIPv6,
        Labels = ToSorted(dto.Labels),
        Options = ToSorted(dto.Options),
    };

    public static VolumeInfo ToInfo(VolumeDto dto) => new()
    {
        Name = dto.Name,
        Driver = dto.Driver ?? "",
        Mountpoint = dto.Mountpoint,
        Labels = ToSorted(dto.Labels),
        Options = ToSorted(dto.Options),
    };

    public static ImageInfo ToInfo(ImageInspectDto dto) => new()
    {
        Id = dto.Id,
        RepoTags = [.. (dto.RepoTags ?? []).Select(FamiliarName)],
        RepoDigests = [.. (dto.RepoDigests ?? []).Select(FamiliarName)],
        Labels = ToSorted(dto.Config?.Labels),
        Created = ParseTime(dto.Created) ?? default,
        Size = dto.Size,
        Platform = string.Join('/', new[] { dto.Os, dto.Architecture, dto.Variant }.Where(p => !string.IsNullOrEmpty(p))),
    };

    public static NetworkDto ToDto(NetworkCreateSpec spec, ApiFeatures features)
    {
        features.Require(spec.EnableIPv4 == false, ApiFeatures.NetworkEnableIPv4, "disabling IPv4 (enable_ipv4: false)");
        return new NetworkDto
        {
            Name = spec.Name,
            Driver = spec.Driver,
            Internal = spec.Internal,
            Attachable = spec.Attachable,
            EnableIPv6 = spec.EnableIPv6,
            EnableIPv4 = features.Supports(ApiFeatures.NetworkEnableIPv4) ? spec.EnableIPv4 : null,
            // Deprecated (and always on) from API 1.44; older engines need it to refuse a duplicate name.
            CheckDuplicate = features.Supports(ApiFeatures.MultipleNetworksAtCreate) ? null : true,
            Labels = new(spec.Labels, StringComparer.Ordinal),
            Options = new(spec.Options, StringComparer.Ordinal),
            IPAM = spec.Ipam is { } ipam ? ToDto(ipam) : null,
        };
    }

    private static IpamDto ToDto(IpamSpec ipam) => new()
    {
        Driver = ipam.Driver ?? "default",
        Options = ipam.Options.IsEmpty ? null : new(ipam.Options, StringComparer.Ordinal),
        Config = [.. ipam.Config.Select(pool => new IpamPoolDto
        {
            Subnet = pool.Subnet,
            IPRange = pool.IpRange,
            Gateway = pool.Gateway,
            AuxiliaryAddresses = pool.AuxAddresses.IsEmpty ? null : new(pool.AuxAddresses, StringComparer.Ordinal),
        })],
    };

    public static ImageInfo ToInfo(ImageSummaryDto dto) => new()
    {
        Id = dto.Id,
        RepoTags = [.. (dto.RepoTags ?? []).Where(t => t != "<none>:<none>").Select(FamiliarName)],
        RepoDigests = [.. (dto.RepoDigests ?? []).Where(d => d != "<none>@<none>").Select(FamiliarName)],
        Labels = ToSorted(dto.Labels),
        Created = DateTimeOffset.FromUnixTimeSeconds(dto.Created),
        Size = dto.Size,
    };

    public static VolumeDto ToDto(VolumeCreateSpec spec) => new()
    {
        Name = spec.Name,
        Driver = spec.Driver,
        Labels = new(spec.Labels, StringComparer.Ordinal),
        DriverOpts = new(spec.Options, StringComparer.Ordinal),
    };

    /// <summary>
    /// Image names as Docker shows them: Podman reports <c>docker.io/library/busybox:latest</c> where Docker says
    /// <c>busybox:latest</c>, so callers comparing names see the same text from both.
    /// </summary>
    public static string FamiliarName(string name) =>
        name.StartsWith("docker.io/library/", StringComparison.Ordinal) ? name["docker.io/library/".Length..]
        : name.StartsWith("docker.io/", StringComparison.Ordinal) ? name["docker.io/".Length..]
        : name;

    /// <summary>Image ids with their digest algorithm, as Docker reports them (Podman leaves <c>sha256:</c> off).</summary>
    public static string? ImageId(string? id) =>
        id is { Length: 64 } && id.All(char.IsAsciiHexDigitLower) ? "sha256:" + id : id;

    public static ContainerState ParseState(string? state) => state?.ToLowerInvariant() switch
    {
        "created" or "configured" => ContainerState.Created,
        "running" => ContainerState.Running,
        "paused" => ContainerState.Paused,
        "restarting" => ContainerState.Restarting,
        "removing" => ContainerState.Removing,
        "exited" or "stopped" => ContainerState.Exited,
        "dead" => ContainerState.Dead,
        _ => ContainerState.Unknown,
    };

    private static IEnumerable<PublishedPort> InspectPorts(Dictionary<string, PortBindingDto[]?>? ports)
    {
        foreach (var (key, bindings) in ports ?? [])
        {
            var (port, protocol) = SplitPortKey(key);
            if (bindings is null or { Length: 0 })
            {
                yield return new PublishedPort(port, protocol, null, null);
                continue;
            }

            foreach (var binding in bindings)
            {
                int? hostPort = int.TryParse(binding.HostPort, NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : null;
                yield return new PublishedPort(port, protocol, binding.HostIp, hostPort);
            }
        }
    }

    private static (int Port, string Protocol) SplitPortKey(string key)
    {
        var slash = key.IndexOf('/');
        var port = int.Parse(slash < 0 ? key : key[..slash], CultureInfo.InvariantCulture);
        return (port, slash < 0 ? "tcp" : key[(slash + 1)..]);
    }

    private static DateTimeOffset? ParseTime(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) && time.Year > 1
            ? time
            : null;

    private static ImmutableSortedDictionary<string, string> ToSorted(Dictionary<string, string>? map) =>
        map is null ? ImmutableSortedDictionary<string, string>.Empty : map.ToImmutableSortedDictionary(StringComparer.Ordinal);
}
