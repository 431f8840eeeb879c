using System.Collections;
using Compose.Model;

namespace Compose.Tests.Conformance;

/// <summary>Compares one service with docker-compose v1's resolved form on images, ports, volumes and environment.</summary>
public static class V1Reference
{
    public static IEnumerable<string> Compare(Service service, IDictionary expected, string projectDirectory)
    {
        string Resolve(string text) => text.Replace("__PROJECT_DIR__", projectDirectory, StringComparison.Ordinal).Replace("__HOME__", CorpusLoader.Home, StringComparison.Ordinal);

        var at = $"services.{service.Name}";
        var expectedImage = expected.Contains("image") ? (string?)expected["image"] : null;
        var differences = new List<string>();
        if (expectedImage != service.Image)
        {
            differences.Add($"{at}.image: expected '{expectedImage}', got '{service.Image}'");
        }

        differences.AddRange(PlainDiff.Between(Ports(expected), service.Ports.Select(Port).ToList(), $"{at}.ports"));
        differences.AddRange(PlainDiff.Between(Volumes(expected, Resolve), service.Volumes.Select(Volume).ToList(), $"{at}.volumes"));
        differences.AddRange(PlainDiff.Between(Environment(expected), service.Environment.ToDictionary(e => e.Key, e => (object?)e.Value), $"{at}.environment"));
        return differences;
    }

    private static object? Get(IDictionary map, string key) => map.Contains(key) ? map[key] : null;

    private static List<object?> Ports(IDictionary expected) => Get(expected, "ports") is IEnumerable ports
        ? [.. ports.Cast<IDictionary>().Select(p => Port(
            p.Contains("host_ip") ? (string?)p["host_ip"] : null,
            p.Contains("published") ? (string?)p["published"] : null,
            (string)p["target"]!,
            p.Contains("protocol") ? (string)p["protocol"]! : "tcp"))]
        : [];

    private static string Port(PortMapping port) => Port(port.HostIp, port.Published, port.Target.ToString(System.Globalization.CultureInfo.InvariantCulture), port.Protocol);

    private static string Port(string? hostIp, string? published, string target, string protocol) => $"{hostIp}:{published}:{target}/{protocol}";

    /// <summary>v1 keeps short volumes as <c>SOURCE:TARGET:MODE</c> strings; long ones stay maps.</summary>
    private static List<object?> Volumes(IDictionary expected, Func<string, string> resolve) => Get(expected, "volumes") is IEnumerable volumes
        ? [.. volumes.Cast<object>().Select(v => v is string text ? ShortVolume(resolve(text)) : LongVolume((IDictionary)v, resolve))]
        : [];

    private static string ShortVolume(string text)
    {
        var parts = text.Split(':');
        return parts.Length == 1
            ? Volume(ServiceMount.Volume, null, parts[0], readOnly: false)
            : Volume(parts[0].StartsWith('/') ? ServiceMount.Bind : ServiceMount.Volume, parts[0], parts[1], parts.Length > 2 && parts[2].Split(',').Contains("ro"));
    }

    private static string LongVolume(IDictionary volume, Func<string, string> resolve) => Volume(
        (string)volume["type"]!,
        volume.Contains("source") ? resolve((string)volume["source"]!) : null,
        (string)volume["target"]!,
        volume.Contains("read_only") && (string)volume["read_only"]! == "true");

    private static string Volume(ServiceMount mount) => Volume(mount.Type, mount.Source, mount.Target, mount.ReadOnly);

    private static string Volume(string type, string? source, string target, bool readOnly) => $"{type} {source} -> {target}{(readOnly ? " (ro)" : "")}";

    /// <summary>v1 prints a name without a value as null; v2 (and composectl) leave it out.</summary>
    private static Dictionary<string, object?> Environment(IDictionary expected) => Get(expected, "environment") is IDictionary environment
        ? environment.Keys.Cast<string>().Where(k => environment[k] is not null).ToDictionary(k => k, k => environment[k])
        : [];
}
