using System.Collections.Immutable;
using Compose.Loading.Binding;

namespace Compose.Output;

/// <summary>Model values in the form <c>docker compose config</c> prints them; null means "leave the key out".</summary>
internal static class OutputValues
{
    public static object? Flag(bool value) => value ? true : null;

    public static string? Duration(TimeSpan? value) => value is { } duration ? DurationSyntax.Format(duration) : null;

    /// <summary>Byte sizes print as strings of bytes (<c>"52428800"</c>), as docker compose does.</summary>
    public static string? Bytes(long? value) => value is { } bytes ? ByteSizeSyntax.Format(bytes) : null;

    public static string? FileMode(int? value) => value is { } mode ? FileModeSyntax.Format(mode) : null;

    public static List<string>? List(ImmutableArray<string> values) => values.IsDefaultOrEmpty ? null : [.. values];

    public static List<object?>? List<T>(ImmutableArray<T> values, Func<T, object?> write) =>
        values.IsDefaultOrEmpty ? null : [.. values.Select(write)];

    public static ImmutableSortedDictionary<string, T>? Map<T>(ImmutableSortedDictionary<string, T> map) => map.IsEmpty ? null : map;

    public static OrderedMap? Map<T>(ImmutableSortedDictionary<string, T> map, Func<T, object?> write)
    {
        if (map.IsEmpty)
        {
            return null;
        }

        var result = new OrderedMap();
        foreach (var (key, value) in map)
        {
            result[key] = write(value);
        }

        return result;
    }

    /// <summary>An ordered map of the given entries, leaving out unset ones; null when nothing is set.</summary>
    public static OrderedMap? Object(params (string Key, object? Value)[] entries)
    {
        var map = new OrderedMap();
        foreach (var (key, value) in entries)
        {
            map.AddIfSet(key, value);
        }

        return map.Count == 0 ? null : map;
    }

    /// <summary>Like <see cref="Object"/> but an empty result is an empty map (<c>{}</c>), not absent.</summary>
    public static OrderedMap Always(params (string Key, object? Value)[] entries) => Object(entries) ?? [];

    /// <summary>Adds the <c>x-*</c> extensions to an object's entries.</summary>
    public static OrderedMap WithExtensions(OrderedMap map, ImmutableSortedDictionary<string, object?> extensions)
    {
        foreach (var (key, value) in extensions)
        {
            map[key] = value;
        }

        return map;
    }

    public static List<string>? ExtraHosts(ImmutableSortedDictionary<string, ImmutableArray<string>> hosts) =>
        hosts.IsEmpty ? null : [.. hosts.SelectMany(h => h.Value.Select(address => $"{h.Key}={address}"))];
}
