using Compose.Runtime.Docker.Wire;

namespace Compose.Runtime.Docker;

/// <summary>
/// Turns a <see cref="ContainerCreateSpec"/> into the body of <c>POST /containers/create</c> for the negotiated
/// API version. Settings an older engine would silently ignore are refused with <see cref="Errors.EngineFeatureUnsupportedException"/>.
/// </summary>
internal static class ContainerSpecMapper
{
    /// <summary>
    /// Docker's own default grace period, sent when the spec has none: Podman 4.3 gives containers created through
    /// this API <c>StopTimeout 0</c> otherwise, which makes every stop an immediate SIGKILL (fixed in later Podman).
    /// </summary>
    public static readonly TimeSpan DefaultStopTimeout = TimeSpan.FromSeconds(10);

    public static ContainerCreateDto ToDto(ContainerCreateSpec spec, ApiFeatures features)
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
            Domainname = spec.Domainname,
            MacAddress = NetworkingMapper.ConfigMacAddress(spec, features),
            Tty = spec.Tty,
            OpenStdin = spec.OpenStdin,
            // As `docker run -i`: an attached stdin is closed for the process when that client detaches.
            StdinOnce = spec.OpenStdin && spec.AttachStdin,
            AttachStdin = spec.AttachStdin,
            AttachStdout = spec.AttachStdout,
            AttachStderr = spec.AttachStderr,
            StopSignal = spec.StopSignal,
            StopTimeout = (int)Math.Ceiling((spec.StopTimeout ?? DefaultStopTimeout).TotalSeconds),
            Healthcheck = spec.HealthCheck is { } health ? HealthCheck(health, features) : null,
            HostConfig = HostConfigMapper.ToDto(spec, features),
            NetworkingConfig = NetworkingMapper.ToDto(spec, features),
        };
    }

    public static string PortKey(int port, string protocol) => $"{port}/{protocol}";

    private static HealthConfigDto HealthCheck(HealthCheckSpec health, ApiFeatures features) => new()
    {
        Test = health.Test.IsDefaultOrEmpty ? null : [.. health.Test],
        Interval = Nanoseconds(health.Interval),
        Timeout = Nanoseconds(health.Timeout),
        StartPeriod = Nanoseconds(health.StartPeriod),
        // Only the probe rate during the start period: older engines probe at the normal interval instead.
        StartInterval = features.Supports(ApiFeatures.HealthStartInterval) ? Nanoseconds(health.StartInterval) : null,
        Retries = health.Retries,
    };

    private static long? Nanoseconds(TimeSpan? duration) => duration is { } d ? d.Ticks * 100 : null;
}
