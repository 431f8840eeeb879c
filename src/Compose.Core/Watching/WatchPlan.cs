using System.Collections.Immutable;
using Compose.Errors;
using Compose.Model;
using Compose.Runtime.Build;

namespace Compose.Watching;

/// <summary>
/// The <c>develop.watch</c> rules of the selected services, checked and compiled into <see cref="WatchTrigger"/>s:
/// which host paths to watch and which rules a changed path triggers. Services without rules are skipped; a rule
/// whose path a bind mount of the same service already shares is skipped with a warning (the container sees the
/// change anyway), as docker compose does.
/// </summary>
public sealed class WatchPlan
{
    private WatchPlan(ImmutableArray<WatchTrigger> triggers, ImmutableArray<string> warnings)
    {
        Triggers = triggers;
        Warnings = warnings;
    }

    public ImmutableArray<WatchTrigger> Triggers { get; }

    public ImmutableArray<string> Warnings { get; }

    /// <summary>The services that have rules, sorted.</summary>
    public ImmutableArray<string> Services => [.. Triggers.Select(t => t.Service).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>The rule paths to watch, without those already below another one (a watch is recursive).</summary>
    public ImmutableArray<string> Roots
    {
        get
        {
            var paths = Triggers.Select(t => t.Path).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            return [.. paths.Where(p => !paths.Any(other => other != p && WatchPaths.Below(other, p) is not null))];
        }
    }

    /// <summary>The rules a change of <paramref name="hostPath"/> triggers, in service and rule order.</summary>
    public IEnumerable<WatchTrigger> TriggersFor(string hostPath) => Triggers.Where(t => t.Matches(hostPath));

    /// <exception cref="ComposeException">No selected service has rules, or a rule cannot work (see <see cref="WatchRuleChecks"/>).</exception>
    public static async Task<WatchPlan> CreateAsync(Project project, IEnumerable<string> services, CancellationToken cancellationToken)
    {
        var triggers = ImmutableArray.CreateBuilder<WatchTrigger>();
        var warnings = ImmutableArray.CreateBuilder<string>();
        foreach (var name in services.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var service = project.Services[name];
            if (service.Develop is not { Watch.IsEmpty: false } develop)
            {
                continue;
            }

            var context = await ContextIgnoreAsync(service, cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < develop.Watch.Length; i++)
            {
                var rule = develop.Watch[i];
                WatchRuleChecks.Check(name, service, rule);
                if (WatchRuleChecks.SharedByBindMount(service, rule) is { } mount)
                {
                    warnings.Add($"service {name}: watch path {rule.Path} is also bind-mounted from {mount}; the container already sees its changes, so this rule is not watched.");
                    continue;
                }

                triggers.Add(new WatchTrigger(name, i, rule, IgnoreRules.Parse(rule.Ignore), IgnoreRules.Parse(rule.Include), context));
            }
        }

        if (triggers.Count == 0)
        {
            throw new ComposeException("None of the selected services has develop.watch rules, so there is nothing to watch. Add a 'develop: watch:' section to a service (or select one that has it)."
                + string.Concat(warnings.Select(w => " " + w)));
        }

        return new WatchPlan(triggers.ToImmutable(), warnings.ToImmutable());
    }

    private static async Task<BuildContextIgnore?> ContextIgnoreAsync(Service service, CancellationToken cancellationToken)
    {
        if (service.Build is not { } build || !Directory.Exists(build.Context))
        {
            return null;
        }

        var dockerfile = Path.GetFullPath(build.Dockerfile ?? "Dockerfile", build.Context);
        return new BuildContextIgnore(build.Context, await IgnoreRules.LoadForContextAsync(build.Context, dockerfile, cancellationToken).ConfigureAwait(false));
    }
}
