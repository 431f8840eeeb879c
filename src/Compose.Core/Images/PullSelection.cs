using System.Collections.Immutable;
using Compose.Model;

namespace Compose.Images;

/// <summary>
/// Which images <c>pull</c> fetches, without I/O, as docker compose decides: every service with an <c>image</c>,
/// unless its policy (or <c>--policy</c>) says otherwise: <c>never</c> and <c>build</c> skip, <c>missing</c> skips a
/// present image, a refreshing policy skips a recent pull; <c>--ignore-buildable</c> skips images a service builds.
/// </summary>
public static class PullSelection
{
    /// <summary>The pulls (one per image), and why each other service is skipped (service → reason).</summary>
    public static (ImageWork Pulls, ImmutableSortedDictionary<string, string> Skipped) Select(
        Project project, IEnumerable<string> services, LocalImages local, PullOptions options, DateTimeOffset now)
    {
        var builders = ImageBuilders.Of(project);
        var pulls = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        var skipped = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var name in services.Order(StringComparer.Ordinal))
        {
            var service = project.Services[name];
            if (SkipReason(service, builders, local, options, now) is { } reason)
            {
                skipped[name] = reason;
                continue;
            }

            var users = pulls.TryGetValue(service.Image!, out var existing) ? existing : pulls[service.Image!] = [];
            users.Add(name);
        }

        var tasks = pulls.Select(p => new ImageTask(p.Key, ImageAction.Pull, "pull", [.. p.Value], builders.GetValueOrDefault(p.Key)) { Present = local.Has(p.Key) });
        return (new ImageWork([.. tasks]), skipped.ToImmutable());
    }

    private static string? SkipReason(Service service, IReadOnlyDictionary<string, string> builders, LocalImages local, PullOptions options, DateTimeOffset now)
    {
        if (service.Image is not { } image)
        {
            return "no image to be pulled";
        }

        if (options.IgnoreBuildable && builders.ContainsKey(image))
        {
            return "image can be built";
        }

        var policy = options.Policy ?? PullPolicy.Of(service);
        return policy.Kind switch
        {
            PullPolicyKind.Never or PullPolicyKind.Build => $"pull_policy {(policy.Kind == PullPolicyKind.Never ? "never" : "build")}",
            PullPolicyKind.Missing when local.Has(image) => "image is already present locally",
            PullPolicyKind.Refresh when local.LastPulls.TryGetValue(image, out var last) && now - last < policy.Interval => "pulled recently",
            _ => null,
        };
    }
}
