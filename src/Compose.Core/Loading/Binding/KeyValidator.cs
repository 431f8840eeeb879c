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

            var suggestion = Closest(key, known);
            var hint = suggestion is null ? "remove it, or prefix it with x- to keep it as an extension." : $"did you mean '{suggestion}'?";
            throw new ComposeFileException(entry.Key.Location, Join(path, key), $"unknown key '{key}'; {hint}");
        }
    }

    private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    private static string? Closest(string key, IEnumerable<string> known)
    {
        var best = known.Select(k => (Key: k, Distance: Distance(key, k))).MinBy(x => x.Distance);
        return best.Key is not null && best.Distance <= Math.Max(2, key.Length / 3) ? best.Key : null;
    }

    /// <summary>Levenshtein distance.</summary>
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
