using System.Globalization;
using System.Text.RegularExpressions;
using Compose.Cli.Formatting;
using Compose.Cli.Rendering;
using Compose.Observing;
using Compose.Planning;
using Compose.Runtime;

namespace Compose.Cli.Commands;

/// <summary>
/// A container as <c>ps --format</c> sees it: the fields docker compose's JSON has, in its order, so templates and
/// scripts written for docker compose (<c>{{.Name}}</c>, <c>{{.Service}}</c>, <c>.Publishers</c>) keep working.
/// </summary>
internal static partial class ContainerRow
{
    public static readonly IReadOnlyDictionary<string, string> Headers = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ID"] = "CONTAINER ID",
        ["RunningFor"] = "CREATED",
        ["CreatedAt"] = "CREATED AT",
        ["LocalVolumes"] = "LOCAL VOLUMES",
    };

    /// <summary>
    /// One row. JSON carries the same values as a template, as docker compose's formatter gives them: id, command and
    /// mount names shortened unless <paramref name="noTrunc"/>.
    /// </summary>
    public static List<KeyValuePair<string, object?>> From(ContainerInfo container, DateTimeOffset now, bool noTrunc) =>
    [
        new("Command", Command(container.Command, noTrunc)),
        new("CreatedAt", GoTime(container.Created)),
        new("ExitCode", ExitCode(container)),
        new("Health", Health(container.Status)),
        new("ID", noTrunc ? container.Id : container.Id[..Math.Min(12, container.Id.Length)]),
        new("Image", container.Image),
        new("Labels", string.Join(',', container.Labels.Select(l => $"{l.Key}={l.Value}"))),
        new("LocalVolumes", container.Mounts.Count(m => m.Driver == "local").ToString(CultureInfo.InvariantCulture)),
        new("Mounts", string.Join(',', container.Mounts.Select(m => Ellipsis(m.Name is { Length: > 0 } name ? name : m.Source ?? "", noTrunc ? int.MaxValue : 15)))),
        new("Name", container.Name),
        new("Names", container.Name),
        new("Networks", string.Join(',', container.Networks)),
        new("Ports", PortText.Format(container.Ports)),
        new("Project", container.Label(ComposeLabels.Project) ?? ""),
        new("Publishers", Publishers(container)),
        new("RunningFor", HumanDuration.Ago(container.Created, now)),
        new("Service", container.Label(ComposeLabels.Service) ?? ""),
        new("Size", "0B"),
        new("State", container.State.ToString().ToLowerInvariant()),
        new("Status", container.Status),
    ];

    /// <summary>Go's <c>time.Time.String()</c> in the local zone, as docker compose prints <c>CreatedAt</c>: <c>2024-01-10 10:24:52 +0000 UTC</c>.</summary>
    private static string GoTime(DateTimeOffset created)
    {
        var local = created.ToLocalTime();
        var offset = local.ToString("zzz", CultureInfo.InvariantCulture).Replace(":", "", StringComparison.Ordinal);
        // Go names the zone by its abbreviation; .NET knows none but UTC's, and Go itself prints the offset when it has none.
        var zone = local.Offset == TimeSpan.Zero && TimeZoneInfo.Local.BaseUtcOffset == TimeSpan.Zero ? "UTC" : offset;
        return local.ToString("yyyy-MM-dd HH:mm:ss ", CultureInfo.InvariantCulture) + offset + " " + zone;
    }

    /// <summary>The docker CLI's ellipsis: longer text cut to one character less than the width, then …</summary>
    private static string Ellipsis(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "…";

    /// <summary>Cut to 20 characters (with …) unless <c>--no-trunc</c>, then quoted as Go quotes a string, as docker shows it.</summary>
    private static string Command(string command, bool noTrunc) =>
        "\"" + Ellipsis(command, noTrunc ? int.MaxValue : 20).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    /// <summary>The engine's status text carries the exit code (<c>Exited (137) 3 seconds ago</c>): no inspect per container.</summary>
    private static int ExitCode(ContainerInfo container) =>
        ExitPattern().Match(container.Status) is { Success: true } match ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;

    private static string Health(string status) =>
        HealthPattern().Match(status) is { Success: true } match ? match.Groups[1].Value.Replace("health: ", "", StringComparison.Ordinal) : "";

    private static List<List<KeyValuePair<string, object?>>> Publishers(ContainerInfo container) =>
    [
        .. container.Ports
            .OrderBy(p => p.PrivatePort).ThenBy(p => p.Protocol, StringComparer.Ordinal)
            .Select(p => new List<KeyValuePair<string, object?>>
            {
                new("URL", p.PublicPort is null ? "" : string.IsNullOrEmpty(p.HostIp) ? "0.0.0.0" : p.HostIp),
                new("TargetPort", p.PrivatePort),
                new("PublishedPort", p.PublicPort ?? 0),
                new("Protocol", p.Protocol),
            }),
    ];

    [GeneratedRegex(@"^Exited \((-?\d+)\)")]
    private static partial Regex ExitPattern();

    [GeneratedRegex(@"\((healthy|unhealthy|health: starting)\)")]
    private static partial Regex HealthPattern();
}
