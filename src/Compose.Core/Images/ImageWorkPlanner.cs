using System.Collections.Immutable;
using Compose.Errors;
using Compose.Model;

namespace Compose.Images;

/// <summary>
/// Decides, without any I/O, which images <c>up</c>, <c>create</c> or <c>run</c> must pull or build before their
/// containers are planned, as docker compose does: <c>--build</c> rebuilds what the services build; otherwise each
/// service's pull policy (or <c>--pull</c>) says whether to pull; a missing image is pulled, or built when nothing
/// can be pulled. Each image is handled once, whichever services use it.
/// </summary>
public static class ImageWorkPlanner
{
    private sealed record Decision(ImageAction Action, string Reason);

    public static ImageWork Plan(Project project, IEnumerable<string> services, LocalImages local, ImageOptions options, DateTimeOffset now)
    {
        var builders = ImageBuilders.Of(project);
        var decisions = new SortedDictionary<string, (Decision? Decision, List<string> Services)>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var name in services.Order(StringComparer.Ordinal))
        {
            var service = project.Services[name];
            var reference = service.ImageName(project.Name);
            var decision = Decide(service, reference, builders.ContainsKey(reference), local, options, now, problems);
            var entry = decisions.TryGetValue(reference, out var existing) ? existing : (null, []);
            entry.Services.Add(name);
            decisions[reference] = (Stronger(entry.Decision, decision), entry.Services);
        }

        if (problems.Count > 0)
        {
            throw new ComposeException(string.Join("\n", problems));
        }

        return new ImageWork([.. decisions
            .Where(d => d.Value.Decision is not null)
            .Select(d => new ImageTask(d.Key, d.Value.Decision!.Action, d.Value.Decision.Reason, [.. d.Value.Services], builders.GetValueOrDefault(d.Key))
            {
                Present = local.Has(d.Key),
            })]);
    }

    private static Decision? Decide(Service service, string reference, bool buildable, LocalImages local, ImageOptions options, DateTimeOffset now, List<string> problems)
    {
        if (service.Provider is not null && service.Image is null && !buildable)
        {
            // A provider service (docker compose's plugins) runs no image of its own.
            return null;
        }

        var decision = buildable && options.Build ? new Decision(ImageAction.Build, "--build") : ByPolicy(service, reference, buildable, local, options, now, problems);
        if (!options.NoBuild || decision is null)
        {
            return decision;
        }

        return decision.Action switch
        {
            ImageAction.PullOrBuild => decision with { Action = ImageAction.Pull },
            ImageAction.Build when local.Has(reference) => null,
            ImageAction.Build => Problem(problems, $"service {service.Name}: image {reference} is not present locally and --no-build forbids building it; run 'composectl build {service.Name}' first."),
            _ => decision,
        };
    }

    private static Decision? ByPolicy(Service service, string reference, bool buildable, LocalImages local, ImageOptions options, DateTimeOffset now, List<string> problems)
    {
        var policy = options.Pull ?? PullPolicy.Of(service);
        var present = local.Has(reference);
        var pullable = service.Image is not null;
        var pull = buildable ? ImageAction.PullOrBuild : ImageAction.Pull;
        return policy.Kind switch
        {
            PullPolicyKind.Build when buildable => new Decision(ImageAction.Build, "pull_policy build"),
            PullPolicyKind.Build => Problem(problems, $"service {service.Name}: pull_policy is build but no service has a build section for image {reference}; add one or change the policy."),
            PullPolicyKind.Always when pullable => new Decision(pull, "pull_policy always"),
            PullPolicyKind.Refresh when pullable => Refresh(reference, policy.Interval!.Value, pull, local, now),
            _ when present => null,
            PullPolicyKind.Never when !buildable => Problem(problems,
                $"service {service.Name}: image {reference} is not present locally and its pull policy is never; pull it ('composectl pull --policy always {service.Name}') or change the policy."),
            PullPolicyKind.Never => new Decision(ImageAction.Build, "not present locally"),
            _ when pullable => new Decision(pull, "not present locally"),
            _ when buildable => new Decision(ImageAction.Build, "not present locally"),
            _ => Problem(problems, $"service {service.Name}: has neither an image nor a build section."),
        };
    }

    private static Decision? Refresh(string reference, TimeSpan interval, ImageAction pull, LocalImages local, DateTimeOffset now)
    {
        if (!local.Has(reference))
        {
            return new Decision(pull, "not present locally");
        }

        if (!local.LastPulls.TryGetValue(reference, out var last))
        {
            return new Decision(pull, "no pull recorded");
        }

        var age = now - last;
        return age >= interval ? new Decision(pull, $"last pulled {Ago(age)} ago") : null;
    }

    private static string Ago(TimeSpan age) => age.TotalDays >= 1 ? $"{(int)age.TotalDays}d" : age.TotalHours >= 1 ? $"{(int)age.TotalHours}h" : $"{(int)age.TotalMinutes}m";

    private static Decision? Problem(List<string> problems, string message)
    {
        problems.Add(message);
        return null;
    }

    /// <summary>Building wins over pulling, pulling over nothing: one image, one action, whatever the services sharing it say.</summary>
    private static Decision? Stronger(Decision? a, Decision? b) =>
        a is null ? b : b is null ? a : Rank(b.Action) > Rank(a.Action) ? b : a;

    private static int Rank(ImageAction action) => action switch
    {
        ImageAction.Build => 3,
        ImageAction.PullOrBuild => 2,
        _ => 1,
    };
}
