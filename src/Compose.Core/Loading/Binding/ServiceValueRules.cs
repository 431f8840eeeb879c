using System.Globalization;
using System.Text.RegularExpressions;
using Compose.Errors;
using Compose.Loading.Yaml;

namespace Compose.Loading.Binding;

/// <summary>Scalar service values with a fixed shape, refused with the shape spelled out.</summary>
public static partial class ServiceValueRules
{
    public static string Restart(Node node, string path) => Matching(node, path, RestartPattern(),
        "is not a restart policy; use no, always, on-failure, on-failure:N or unless-stopped");

    public static string PullPolicy(Node node, string path) => Matching(node, path, PullPolicyPattern(),
        "is not a pull policy; use always, never, missing, build, refresh, daily, weekly or every_<duration> (every_12h)");

    public static string ContainerName(Node node, string path) => Matching(node, path, NamePattern(),
        "is not a valid container name; use letters, digits, '_', '.' and '-', starting with a letter or digit");

    public static string Profile(Node node, string path) => Matching(node, path, NamePattern(),
        "is not a valid profile name; use letters, digits, '_', '.' and '-', starting with a letter or digit");

    public static string Expose(Node node, string path) => Matching(node, path, ExposePattern(),
        "is not a port to expose; write it like 80, 8000-8010 or 53/udp");

    public static string Tmpfs(Node node, string path) => Matching(node, path, AbsolutePathPattern(),
        "is not a tmpfs mount; write it as an absolute path with optional options, like /run or /tmp:size=64m");

    public static string Cgroup(Node node, string path) => Matching(node, path, CgroupPattern(), "is not a cgroup namespace; use host or private");

    public static string NetworkMode(Node node, string path) => Matching(node, path, NetworkModePattern(),
        "is not a network mode; use bridge, host, none, service:NAME or container:NAME");

    public static int InRange(Node node, string path, int min, int max)
    {
        var value = NodeReader.Int(node, path);
        return value >= min && value <= max
            ? value
            : throw new ComposeFileException(node.Location, path, $"{value} is out of range; use a value from {min} to {max}.");
    }

    /// <summary>Microseconds, written as a number or a duration (<c>950ms</c>).</summary>
    public static long Microseconds(Node node, string path)
    {
        var text = NodeReader.String(node, path);
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var micros))
        {
            return micros;
        }

        return DurationSyntax.Parse(text, out var duration) switch
        {
            DurationStatus.Valid => duration.Ticks / 10,
            DurationStatus.OutOfRange => throw NodeReader.DurationTooLong(node, path, text),
            _ => throw new ComposeFileException(node.Location, path, $"'{text}' is not a period; write microseconds (950000) or a duration (950ms)."),
        };
    }

    private static string Matching(Node node, string path, Regex pattern, string problem)
    {
        var text = NodeReader.String(node, path);
        return pattern.IsMatch(text) ? text : throw new ComposeFileException(node.Location, path, $"'{text}' {problem}.");
    }

    [GeneratedRegex(@"^(no|always|unless-stopped|on-failure(:[0-9]+)?)$")]
    private static partial Regex RestartPattern();

    [GeneratedRegex(@"^(always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+)$")]
    private static partial Regex PullPolicyPattern();

    [GeneratedRegex(@"^[a-zA-Z0-9][a-zA-Z0-9_.-]*$")]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"^[0-9]+(-[0-9]+)?(/(tcp|udp|sctp))?$")]
    private static partial Regex ExposePattern();

    [GeneratedRegex(@"^/")]
    private static partial Regex AbsolutePathPattern();

    [GeneratedRegex(@"^(host|private)$")]
    private static partial Regex CgroupPattern();

    [GeneratedRegex(@"^((service|container):.+|[^:]+)$")]
    private static partial Regex NetworkModePattern();
}
