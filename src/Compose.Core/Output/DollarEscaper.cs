using System.Collections;

namespace Compose.Output;

/// <summary>Rewrites every string value (not keys) of an output document with <c>$</c> doubled.</summary>
internal static class DollarEscaper
{
    public static OrderedMap Escape(OrderedMap document) => (OrderedMap)Value(document)!;

    private static object? Value(object? value) => value switch
    {
        string s => s.Replace("$", "$$", StringComparison.Ordinal),
        OrderedMap map => Map(map.Select(e => (e.Key, e.Value))),
        IDictionary dictionary => Map(dictionary.Keys.Cast<object>().Select(k => (k.ToString()!, dictionary[k]))),
        IEnumerable sequence => sequence.Cast<object?>().Select(Value).ToList(),
        _ => value,
    };

    private static OrderedMap Map(IEnumerable<(string Key, object? Value)> entries)
    {
        var map = new OrderedMap();
        foreach (var (key, value) in entries)
        {
            map[key] = Value(value);
        }

        return map;
    }
}
