using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace Compose.Hashing;

/// <summary>
/// Writes a model value as canonical JSON: record properties and map keys sorted ordinally, nulls and empty
/// collections left out, <see cref="Model.HashIgnoreAttribute"/> properties and the given property paths skipped.
/// Scalars, maps and sequences are written here; records by the writers generated at compile time for
/// <typeparamref name="TRecords"/> (<see cref="CanonicalRecordsAttribute"/>), so a property added to the model is
/// covered without anyone remembering to add it, and nothing is read by reflection (the code survives trimming and
/// NativeAOT). The output is byte for byte what config-hash version 1 has always hashed: changing it changes every hash.
/// </summary>
public static class CanonicalJson
{
    /// <param name="value">The value to write.</param>
    /// <param name="ignoredPaths">Property paths from the root to leave out, dotted (<c>Scale</c>, <c>Deploy.Replicas</c>).</param>
    public static byte[] Serialize<TRecords>(object? value, IReadOnlySet<string>? ignoredPaths = null)
        where TRecords : ICanonicalRecords
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write<TRecords>(writer, value, CanonicalPath.Root(ignoredPaths ?? new HashSet<string>()));
        }

        return buffer.ToArray();
    }

    /// <summary>One property of a record, unless its path is ignored or its value is empty (called by generated code).</summary>
    /// <param name="explicitlyNullable">Whether the property's type is a nullable value type (see <see cref="IsEmpty"/>).</param>
    public static void WriteProperty<TRecords>(Utf8JsonWriter writer, string name, object? value, bool explicitlyNullable, CanonicalPath path)
        where TRecords : ICanonicalRecords
    {
        if (path.Skips(name) || IsEmpty(value, explicitlyNullable))
        {
            return;
        }

        writer.WritePropertyName(name);
        Write<TRecords>(writer, value, path.Enter(name));
    }

    public static void Write<TRecords>(Utf8JsonWriter writer, object? value, CanonicalPath path)
        where TRecords : ICanonicalRecords
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case int or long or double or decimal or float or short or byte or uint or ulong:
                writer.WriteRawValue(Convert.ToString(value, CultureInfo.InvariantCulture)!);
                break;
            case TimeSpan span:
                writer.WriteNumberValue(span.Ticks);
                break;
            case Enum e:
                writer.WriteStringValue(e.ToString());
                break;
            case IDictionary dictionary:
                WriteMap<TRecords>(writer, dictionary, path);
                break;
            case IEnumerable sequence:
                WriteSequence<TRecords>(writer, sequence, path);
                break;
            default:
                if (!TRecords.TryWriteRecord(writer, value, path))
                {
                    throw new InvalidOperationException(
                        $"{value.GetType()} has no canonical writer: add it (or a record holding it) to the roots of {typeof(TRecords).Name}.");
                }

                break;
        }
    }

    private static void WriteMap<TRecords>(Utf8JsonWriter writer, IDictionary dictionary, CanonicalPath path)
        where TRecords : ICanonicalRecords
    {
        writer.WriteStartObject();
        foreach (var key in dictionary.Keys.Cast<object>().Select(k => k.ToString()!).Order(StringComparer.Ordinal))
        {
            writer.WritePropertyName(key);
            Write<TRecords>(writer, dictionary[key], path);
        }

        writer.WriteEndObject();
    }

    private static void WriteSequence<TRecords>(Utf8JsonWriter writer, IEnumerable sequence, CanonicalPath path)
        where TRecords : ICanonicalRecords
    {
        writer.WriteStartArray();
        foreach (var item in sequence)
        {
            Write<TRecords>(writer, item, path);
        }

        writer.WriteEndArray();
    }

    /// <summary>
    /// Unset and empty values are left out, so adding an optional field to the model does not change old hashes.
    /// A nullable value type (<c>ImmutableArray&lt;string&gt;? Command</c>) keeps its empty value: there, empty
    /// ("no arguments") and null ("the image's default") differ.
    /// </summary>
    private static bool IsEmpty(object? value, bool explicitlyNullable) => value switch
    {
        null => true,
        _ when explicitlyNullable => false,
        string s => s.Length == 0,
        bool b => !b,
        ICollection collection => collection.Count == 0,
        _ => false,
    };
}
