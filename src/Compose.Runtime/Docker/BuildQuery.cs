using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Compose.Runtime.Docker.Wire;

namespace Compose.Runtime.Docker;

/// <summary>The query string of <c>POST /build</c>: maps travel as JSON, lists as repeated parameters.</summary>
internal static class BuildQuery
{
    /// <param name="spec">The build.</param>
    /// <param name="podman">
    /// Podman reads <c>extrahosts</c> as one JSON array (Docker: repeated parameters), and takes <c>labels</c> as a JSON
    /// array of <c>key=value</c> too, in that order: from a JSON map it applies them in Go's random map order, one
    /// build step each, so an unchanged build would miss the cache about half the time.
    /// </param>
    public static string For(ImageBuildSpec spec, bool podman)
    {
        var query = new List<string>
        {
            "dockerfile=" + Escape(spec.Dockerfile),
            "rm=1",
            // A failed step must not leave its intermediate container behind (the classic builder keeps it with rm alone).
            "forcerm=1",
            "nocache=" + (spec.NoCache ? "1" : "0"),
            "pull=" + (spec.Pull ? "1" : "0"),
        };
        query.AddRange(spec.Tags.Select(tag => "t=" + Escape(tag)));
        if (podman && !spec.ExtraHosts.IsDefaultOrEmpty)
        {
            query.Add("extrahosts=" + Escape(JsonSerializer.Serialize([.. spec.ExtraHosts], DockerJsonContext.Default.StringArray)));
        }
        else
        {
            query.AddRange(spec.ExtraHosts.Select(host => "extrahosts=" + Escape(host)));
        }
        AddJson(query, "buildargs", spec.BuildArgs);
        if (podman && !spec.Labels.IsEmpty)
        {
            query.Add("labels=" + Escape(JsonSerializer.Serialize([.. spec.Labels.Select(l => $"{l.Key}={l.Value}")], DockerJsonContext.Default.StringArray)));
        }
        else
        {
            AddJson(query, "labels", spec.Labels);
        }

        if (!spec.CacheFrom.IsDefaultOrEmpty)
        {
            query.Add("cachefrom=" + Escape(JsonSerializer.Serialize([.. spec.CacheFrom], DockerJsonContext.Default.StringArray)));
        }

        AddOptional(query, "target", spec.Target);
        AddOptional(query, "networkmode", spec.NetworkMode);
        AddOptional(query, "platform", spec.Platform);
        AddOptional(query, "shmsize", spec.ShmSize?.ToString(CultureInfo.InvariantCulture));
        AddOptional(query, "remote", spec.RemoteContext);
        return string.Join('&', query);
    }

    private static void AddJson(List<string> query, string name, ImmutableSortedDictionary<string, string> values)
    {
        if (!values.IsEmpty)
        {
            var map = new Dictionary<string, string>(values, StringComparer.Ordinal);
            query.Add($"{name}={Escape(JsonSerializer.Serialize(map, DockerJsonContext.Default.DictionaryStringString))}");
        }
    }

    private static void AddOptional(List<string> query, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            query.Add($"{name}={Escape(value)}");
        }
    }

    private static string Escape(string value) => Uri.EscapeDataString(value);
}
