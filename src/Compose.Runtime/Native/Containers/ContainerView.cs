using System.Collections.Immutable;
using Compose.Runtime.Native.State;

namespace Compose.Runtime.Native.Containers;

/// <summary>A container's record and status as the engine reports them: the listing (<see cref="ContainerInfo"/>) and inspect (<see cref="ContainerDetails"/>), with the engine's status text.</summary>
internal static class ContainerView
{
    public static ContainerInfo Info(ContainerRecord record, ContainerStatusRecord status, DateTimeOffset now) => new()
    {
        Id = record.Id,
        Name = record.Name,
        Image = record.Image,
        ImageId = record.ImageId,
        Command = string.Join(' ', record.Entrypoint.Concat(record.Command)),
        State = status.State,
        Status = StatusText(status, now),
        Labels = record.Labels,
        Created = record.Created,
        Ports = [.. record.Ports.Select(p => new PublishedPort(p.ContainerPort, p.Protocol, p.HostIp is { Length: > 0 } ip ? ip : "0.0.0.0",
            int.TryParse(p.HostPort?.Split('-')[0], System.Globalization.CultureInfo.InvariantCulture, out var port) ? port : null))],
        Networks = [.. record.Networks.Select(n => n.NetworkName)],
        Mounts = record.Mounts,
    };

    public static ContainerDetails Details(ContainerRecord record, ContainerStatusRecord status, DateTimeOffset now) => new()
    {
        Summary = Info(record, status, now),
        ExitCode = status.ExitCode ?? 0,
        Error = status.Error,
        Pid = status.State is ContainerState.Running or ContainerState.Paused ? status.Pid : 0,
        StartedAt = status.StartedAt,
        FinishedAt = status.FinishedAt,
        HealthStatus = record.HealthCheck is null ? null : status.HealthStatus ?? "starting",
        HealthLog = status.HealthLog,
        Environment = record.Environment,
        Command = record.Command,
        Entrypoint = record.Entrypoint,
        Tty = record.Tty,
        OpenStdin = record.OpenStdin,
        WorkingDirectory = record.WorkingDirectory,
        User = record.User,
        RestartPolicy = record.RestartPolicy,
        Mounts = record.Mounts,
        NetworkEndpoints = record.Networks.ToImmutableSortedDictionary(e => e.NetworkName, e => new NetworkEndpointInfo
        {
            NetworkId = e.NetworkId,
            IPv4Address = e.IPv4Address,
            MacAddress = e.MacAddress,
            Aliases = e.Aliases,
        }, StringComparer.Ordinal),
    };

    /// <summary>"Up 3 seconds (healthy)", "Exited (0) 5 seconds ago", "Created", "Up 2 minutes (Paused)", as the engine words them.</summary>
    public static string StatusText(ContainerStatusRecord status, DateTimeOffset now) => status.State switch
    {
        ContainerState.Running => $"Up {Duration(now - (status.StartedAt ?? now))}{Health(status)}",
        ContainerState.Paused => $"Up {Duration(now - (status.StartedAt ?? now))} (Paused)",
        ContainerState.Exited => $"Exited ({status.ExitCode ?? 0}) {Duration(now - (status.FinishedAt ?? now))} ago",
        ContainerState.Restarting => $"Restarting ({status.ExitCode ?? 0}) {Duration(now - (status.FinishedAt ?? now))} ago",
        ContainerState.Removing => "Removal In Progress",
        ContainerState.Dead => "Dead",
        _ => "Created",
    };

    private static string Health(ContainerStatusRecord status) => status.HealthStatus switch
    {
        "starting" => " (health: starting)",
        { } health => $" ({health})",
        null => "",
    };

    /// <summary>The engine's human durations (go-units HumanDuration).</summary>
    internal static string Duration(TimeSpan span)
    {
        var seconds = (int)Math.Max(0, span.TotalSeconds);
        return seconds switch
        {
            < 1 => "Less than a second",
            1 => "1 second",
            < 60 => $"{seconds} seconds",
            _ when span.TotalMinutes < 2 => "About a minute",
            _ when span.TotalMinutes < 60 => $"{(int)span.TotalMinutes} minutes",
            _ when span.TotalHours < 2 => "About an hour",
            _ when span.TotalHours < 48 => $"{(int)span.TotalHours} hours",
            _ when span.TotalDays < 14 => $"{(int)span.TotalDays} days",
            _ when span.TotalDays < 60 => $"{(int)(span.TotalDays / 7)} weeks",
            _ when span.TotalDays < 730 => $"{(int)(span.TotalDays / 30)} months",
            _ => $"{(int)(span.TotalDays / 365)} years",
        };
    }
}
