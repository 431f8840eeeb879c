using Compose.Model;

namespace Compose.Operations;

/// <summary>
/// The project a command acts on: its name, and the loaded model when there are compose files. Commands that only
/// look at what exists (<c>ps</c>, <c>logs</c>, <c>down</c>) also work with <c>-p NAME</c> and no files, as in docker compose.
/// </summary>
public sealed record ProjectScope(string Name, Project? Model)
{
    /// <summary>Service names from the model, or null when there is none (then every container's service counts).</summary>
    public IReadOnlySet<string>? KnownServices => Model?.Services.Keys.ToHashSet(StringComparer.Ordinal);
}
