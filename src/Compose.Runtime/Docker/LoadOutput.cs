using System.Collections.Immutable;

namespace Compose.Runtime.Docker;

/// <summary>
/// What an engine says it loaded, from the text of <c>POST /images/load</c>: Docker sends one line per name
/// (<c>Loaded image: busybox:latest</c>) or per untagged image (<c>Loaded image ID: sha256:…</c>); Podman one line for
/// everything, names joined by commas, fully qualified, and an untagged image's id in the place of a name
/// (<c>Loaded image: docker.io/library/busybox:latest,localhost/app:1</c>). Other lines (Docker's "renaming the old
/// one") are not loads.
/// </summary>
internal static class LoadOutput
{
    private const string NamePrefix = "Loaded image: ";
    private const string IdPrefix = "Loaded image ID: ";

    /// <summary>The names (familiar form) and ids the text reports, in its order; an id is <c>sha256:</c> and 64 hex digits.</summary>
    public static ImmutableArray<string> Parse(string text)
    {
        var loaded = ImmutableArray.CreateBuilder<string>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var items = line.StartsWith(IdPrefix, StringComparison.Ordinal) ? [line[IdPrefix.Length..]]
                : line.StartsWith(NamePrefix, StringComparison.Ordinal) ? line[NamePrefix.Length..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                : [];
            loaded.AddRange(items.Select(Normalize));
        }

        return loaded.ToImmutable();
    }

    public static bool IsId(string item) =>
        item.StartsWith("sha256:", StringComparison.Ordinal) && item.Length == 71 && !item.AsSpan(7).ContainsAnyExcept("0123456789abcdef");

    /// <summary>An id with its <c>sha256:</c> (Podman may leave it off), a name in the familiar form.</summary>
    private static string Normalize(string item) =>
        WireMapper.ImageId(item) is { } id && IsId(id) ? id : WireMapper.FamiliarName(item);
}
