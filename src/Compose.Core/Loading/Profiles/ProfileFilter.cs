using System.Collections.Immutable;
using Compose.Errors;
using Compose.Loading.Yaml;

namespace Compose.Loading.Profiles;

/// <summary>
/// Removes the services whose profiles are not active, after refusing an active service that needs one of them
/// (the message names both services and the profile that would enable the other).
/// </summary>
public static class ProfileFilter
{
    /// <param name="Tree">The tree without the inactive services.</param>
    /// <param name="AllProfiles">Every profile any service declares.</param>
    /// <param name="Disabled">The services left out (their containers are not orphans: another command may enable them).</param>
    public sealed record Result(MappingNode Tree, ImmutableSortedSet<string> AllProfiles, ImmutableSortedSet<string> Disabled);

    public static Result Apply(MappingNode root, ProfileSelection selection)
    {
        if (root["services"] is not MappingNode services)
        {
            return new Result(root, [], []);
        }

        var profiles = services.Entries.ToDictionary(
            e => e.Key.Value,
            e => e.Value is MappingNode service ? ProfileSelection.ProfilesOf(service, $"services.{e.Key.Value}") : [],
            StringComparer.Ordinal);
        var inactive = profiles.Where(p => !selection.IsActive(p.Value)).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var all = profiles.Values.SelectMany(p => p).ToImmutableSortedSet(StringComparer.Ordinal);
        if (inactive.Count == 0)
        {
            return new Result(root, all, []);
        }

        foreach (var entry in services.Entries.Where(e => !inactive.Contains(e.Key.Value) && e.Value is MappingNode))
        {
            CheckReferences(entry.Key.Value, (MappingNode)entry.Value, inactive, profiles);
        }

        var active = services.WithEntries([.. services.Entries.Where(e => !inactive.Contains(e.Key.Value))]);
        return new Result(root.With(root.Entries.First(e => e.Key.Value == "services").Key, active), all, inactive.ToImmutableSortedSet(StringComparer.Ordinal));
    }

    private static void CheckReferences(string name, MappingNode service, HashSet<string> inactive, Dictionary<string, ImmutableArray<string>> profiles)
    {
        foreach (var reference in ServiceReference.Of(service).Where(r => inactive.Contains(r.Service)))
        {
            var needed = profiles[reference.Service];
            var enable = string.Join(" or ", needed.Select(p => $"--profile {p}"));
            var optional = reference.Via == "depends_on" ? ", or make the dependency optional with required: false" : "";
            throw new ComposeFileException(reference.Node.Location, $"services.{name}.{reference.Via}",
                $"service \"{name}\" needs service \"{reference.Service}\", which is not enabled: it only runs with profile {string.Join(", ", needed)}. Enable it with {enable} (or COMPOSE_PROFILES){optional}.");
        }
    }
}
