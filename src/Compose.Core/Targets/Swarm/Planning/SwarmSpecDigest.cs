using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text.Json;
using Compose.Runtime.Swarm;

namespace Compose.Targets.Swarm.Planning;

/// <summary>
/// The fingerprint of a service spec and the parts in which two specs differ. The observed spec is read back into
/// the same form it is written in, so a service whose files did not change compares equal and is left alone (no
/// update, no task restarted); one that differs is updated, with the parts named in the plan (<c>image, replicas</c>).
/// </summary>
public static class SwarmSpecDigest
{
    /// <summary>Parts named as the files name them, where the spec's name differs.</summary>
    private static readonly ImmutableDictionary<string, string> Names = ImmutableDictionary.CreateRange(StringComparer.Ordinal, new Dictionary<string, string>
    {
        ["Labels"] = "deploy.labels",
        ["Container.Labels"] = "labels",
        ["Container.Command"] = "entrypoint",
        ["Container.Args"] = "command",
        ["Container.Env"] = "environment",
        ["Container.Dir"] = "working_dir",
        ["Container.Mounts"] = "volumes",
        ["Container.HealthCheck"] = "healthcheck",
        ["Container.Hosts"] = "extra_hosts",
        ["Container.Dns"] = "dns",
        ["Container.Groups"] = "group_add",
        ["Resources"] = "deploy.resources",
        ["RestartPolicy"] = "restart_policy",
        ["Placement"] = "placement",
        ["LogDriver"] = "logging",
        ["Mode"] = "mode",
        ["UpdateConfig"] = "update_config",
        ["RollbackConfig"] = "rollback_config",
        ["Endpoint"] = "ports",
    });

    public static string Compute(SwarmServiceSpec spec) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(spec, SwarmSpecJsonContext.Default.SwarmServiceSpec)));

    public static string Compute(SwarmContainerSpec container) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(container, SwarmSpecJsonContext.Default.SwarmContainerSpec)));

    /// <summary>Parts of a spec whose change leaves the tasks running (the swarm replaces none for them).</summary>
    private static readonly HashSet<string> ServiceLevel = new(StringComparer.Ordinal) { "deploy.labels", "mode", "replicas", "update_config", "rollback_config", "ports" };

    /// <summary>Whether a change of these parts makes the swarm replace the tasks (a rolling update).</summary>
    public static bool ReplacesTasks(IEnumerable<string> differences) => differences.Any(d => !ServiceLevel.Contains(d));

    /// <summary>The parts of <paramref name="desired"/> that differ from <paramref name="observed"/>, in spec order; empty when equal.</summary>
    public static ImmutableArray<string> Differences(SwarmServiceSpec desired, SwarmServiceSpec observed)
    {
        // The image label follows the image: a changed tag is named once, as the image.
        if (desired.Container.Image != observed.Container.Image)
        {
            desired = desired with { Labels = desired.Labels.Remove(SwarmLabels.Image) };
            observed = observed with { Labels = observed.Labels.Remove(SwarmLabels.Image) };
        }

        using var left = JsonSerializer.SerializeToDocument(desired, SwarmSpecJsonContext.Default.SwarmServiceSpec);
        using var right = JsonSerializer.SerializeToDocument(observed, SwarmSpecJsonContext.Default.SwarmServiceSpec);
        var changed = new List<string>();
        Compare(left.RootElement, right.RootElement, "", changed);
        return [.. changed.Select(c => Names.TryGetValue(c, out var name) ? name : Friendly(c)).Distinct(StringComparer.Ordinal)];
    }

    private static void Compare(JsonElement left, JsonElement right, string prefix, List<string> changed)
    {
        var names = left.EnumerateObject().Select(p => p.Name).Concat(right.EnumerateObject().Select(p => p.Name)).Distinct(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var path = prefix.Length == 0 ? name : $"{prefix}.{name}";
            var hasLeft = left.TryGetProperty(name, out var l);
            var hasRight = right.TryGetProperty(name, out var r);
            if (hasLeft && hasRight && path == "Container" && l.ValueKind == JsonValueKind.Object)
            {
                Compare(l, r, path, changed);
            }
            else if (hasLeft != hasRight || l.GetRawText() != r.GetRawText())
            {
                changed.Add(path);
            }
        }
    }

    /// <summary><c>Container.StopGracePeriod</c> → <c>stop_grace_period</c>.</summary>
    private static string Friendly(string path)
    {
        var name = path[(path.LastIndexOf('.') + 1)..];
        return string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : "") + char.ToLowerInvariant(c) : c.ToString()));
    }
}
