using System.Collections.Immutable;
using Compose.Errors;
using Compose.Loading.Interpolation;
using Compose.Loading.Yaml;

namespace Compose.Loading.Profiles;

/// <summary>
/// The active profiles: <c>--profile</c> values, else <c>COMPOSE_PROFILES</c> (comma-separated), plus the profiles of
/// services named on the command line; <c>*</c> activates every profile. A service without profiles is always active.
/// </summary>
public sealed class ProfileSelection
{
    private readonly ImmutableHashSet<string> _active;

    private ProfileSelection(ImmutableHashSet<string> active) => _active = active;

    public ImmutableSortedSet<string> Active => [.. _active];

    public static ProfileSelection Select(LoadRequest request, VariableSource variables, MappingNode? services)
    {
        var requested = !request.Profiles.IsDefaultOrEmpty
            ? request.Profiles.SelectMany(Split)
            : variables.TryGet("COMPOSE_PROFILES", out var fromEnvironment) ? Split(fromEnvironment) : [];
        var selection = new ProfileSelection([.. requested]);
        var named = request.Services.IsDefaultOrEmpty ? [] : request.Services;
        var enabledByName = named
            .Select(name => services?[name] is MappingNode service ? ProfilesOf(service, $"services.{name}") : [])
            .Where(profiles => !selection.IsActive(profiles))
            .SelectMany(profiles => profiles);
        return new ProfileSelection(selection._active.Union(enabledByName));
    }

    public bool IsActive(ImmutableArray<string> serviceProfiles) =>
        serviceProfiles.IsEmpty || _active.Contains("*") || serviceProfiles.Any(_active.Contains);

    /// <summary>A service's <c>profiles</c> list (empty when it has none).</summary>
    public static ImmutableArray<string> ProfilesOf(MappingNode service, string path) => service["profiles"] switch
    {
        null or ScalarNode { IsNull: true } => [],
        SequenceNode list => [.. list.Items.Select((item, i) => item is ScalarNode { IsNull: false } name ? name.Value
            : throw new ComposeFileException(item.Location, $"{path}.profiles[{i}]", $"must be a profile name, found {item.KindName}."))],
        var other => throw new ComposeFileException(other.Location, $"{path}.profiles", $"must be a list of profile names, found {other.KindName}."),
    };

    private static IEnumerable<string> Split(string value) =>
        value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
