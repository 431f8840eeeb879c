using System.Collections;

namespace Compose.Tests.Conformance;

/// <summary>Structural differences between two plain-data trees (maps compared by key, lists by position, scalars as text).</summary>
public static class PlainDiff
{
    public static List<string> Between(object? expected, object? actual, string path = "")
    {
        var differences = new List<string>();
        Compare(expected, actual, path, differences);
        return differences;
    }

    private static void Compare(object? expected, object? actual, string path, List<string> differences)
    {
        switch (expected, actual)
        {
            case (IDictionary e, IDictionary a):
                foreach (var key in e.Keys.Cast<object>().Select(k => k.ToString()!).Union(a.Keys.Cast<object>().Select(k => k.ToString()!)).Order(StringComparer.Ordinal))
                {
                    Compare(e.Contains(key) ? e[key] : Absent.Value, a.Contains(key) ? a[key] : Absent.Value, $"{path}.{key}", differences);
                }

                break;
            case (string e, string a) when e == a:
                break;
            case (IEnumerable e and not string, IEnumerable a and not string):
                var expectedItems = e.Cast<object?>().ToList();
                var actualItems = a.Cast<object?>().ToList();
                for (var i = 0; i < Math.Max(expectedItems.Count, actualItems.Count); i++)
                {
                    Compare(i < expectedItems.Count ? expectedItems[i] : Absent.Value, i < actualItems.Count ? actualItems[i] : Absent.Value, $"{path}[{i}]", differences);
                }

                break;
            case (null, null):
                break;
            default:
                differences.Add($"{path}: expected {Show(expected)}, got {Show(actual)}");
                break;
        }
    }

    private static string Show(object? value) => value switch
    {
        null => "null",
        Absent => "(absent)",
        string s => $"'{s}'",
        IDictionary d => $"{{{string.Join(", ", d.Keys.Cast<object>())}}}",
        IEnumerable l => $"[{string.Join(", ", l.Cast<object?>().Select(Show))}]",
        _ => value.ToString()!,
    };

    private sealed class Absent
    {
        public static readonly Absent Value = new();
    }
}
