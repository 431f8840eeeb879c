using System.Collections.Immutable;
using Compose.Errors;
using Compose.Loading.Yaml;

namespace Compose.Loading.Binding;

/// <summary>Refuses keys a section does not define, suggesting the closest known key.</summary>
public static class KeyValidator
{
    public static void Check(MappingNode mapping, ImmutableSortedSet<string> known, string path)
    {
        foreach (var entry in mapping.Entries)
        {
            var key = entry.Key.Value;
            if (known.Contains(key) || key.StartsWith("x-", StringComparison.Ordinal))
            {
                continue;
            }

            var suggestion = NearestName.Find(key, known);
            var hint = suggestion is null ? "remove it, or prefix it with x- to keep it as an extension." : $"did you mean '{suggestion}'?";
            throw new ComposeFileException(entry.Key.Location, Join(path, key), $"unknown key '{key}'; {hint}");
        }
    }

    private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";
}
