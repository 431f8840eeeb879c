using System.Collections.Immutable;

namespace Compose.Locking;

/// <summary>
/// What another command asked a project's controller to leave alone: every service (<see cref="Services"/> empty,
/// after <c>down</c> or a <c>stop</c> of the whole project) or the named ones; by which verb, process and when.
/// </summary>
public sealed record PauseRequest(string Verb, int Pid, DateTimeOffset Since)
{
    public ImmutableSortedSet<string> Services { get; init; } = ImmutableSortedSet.Create<string>(StringComparer.Ordinal);

    public bool WholeProject => Services.IsEmpty;

    /// <summary>Whether the controller must leave <paramref name="service"/> alone.</summary>
    public bool Covers(string service) => WholeProject || Services.Contains(service);

    /// <summary>This request widened by a later one (the whole project wins over names).</summary>
    public PauseRequest Merge(PauseRequest later) =>
        WholeProject || later.WholeProject
            ? later with { Services = Services.Clear() }
            : later with { Services = Services.Union(later.Services) };

    /// <summary>What is left once <paramref name="services"/> are resumed (all of them when none are named); null = nothing.</summary>
    public PauseRequest? Without(IReadOnlyCollection<string> services)
    {
        if (services.Count == 0 || WholeProject)
        {
            return null;
        }

        var left = Services.Except(services);
        return left.IsEmpty ? null : this with { Services = left };
    }

    public string Describe() =>
        $"paused by '{Verb}' (pid {Pid}) for {(WholeProject ? "the whole project" : string.Join(", ", Services))}; run 'composectl up' to resume";
}
