namespace Compose.Runtime.Native.Containers;

/// <summary>
/// Which group (one supervisor, one event log, one lock) a resource belongs to: its compose project, the one label
/// the runtime library reads by name; resources without it share the group <c>_</c>.
/// </summary>
internal static class ContainerGroups
{
    public const string ProjectLabel = "com.docker.compose.project";
    public const string Ungrouped = "_";

    public static string Of(IReadOnlyDictionary<string, string> labels) =>
        labels.TryGetValue(ProjectLabel, out var project) && IsSafe(project) ? project : Ungrouped;

    private static bool IsSafe(string name) =>
        name.Length is > 0 and < 200 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') && name[0] != '.';
}
