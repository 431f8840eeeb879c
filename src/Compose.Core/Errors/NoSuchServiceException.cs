namespace Compose.Errors;

/// <summary>
/// A command named a service the project does not define: says which services it does define and, when one is a
/// near miss, which was probably meant, the same way for every command (<c>up</c>, <c>run</c>, <c>logs</c>…).
/// </summary>
public sealed class NoSuchServiceException(string name, IEnumerable<string> known, string? context = null)
    : ComposeException(Format(name, [.. known.Order(StringComparer.Ordinal)], context))
{
    public string Service { get; } = name;

    private static string Format(string name, IReadOnlyList<string> known, string? context)
    {
        var prefix = context is null ? "" : context + ": ";
        var hint = NearestName.Find(name, known) is { } near ? $"; did you mean '{near}'?" : ".";
        var list = known.Count == 0 ? " The project defines no services." : $" The project's services are {string.Join(", ", known)}.";
        return $"{prefix}no such service: {name}{hint}{list}";
    }
}
