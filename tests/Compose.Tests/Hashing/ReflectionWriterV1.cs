using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Compose.Model;

namespace Compose.Tests.Hashing;

/// <summary>
/// The reflection-driven canonical writer that config-hash version 1 was defined by (main before the generated writer),
/// kept here unchanged as the oracle the generated writer must match byte for byte. Reflection is fine in a test;
/// the product must not use it (the trimmer removes what it reads).
/// </summary>
public static class ReflectionWriterV1
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    public static byte[] Serialize(object? value, IReadOnlySet<string>? ignoredPaths = null)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, value, new Context(ignoredPaths ?? new HashSet<string>(), ""));
        }

        return buffer.ToArray();
    }

    /// <summary>The properties the writer reads of <paramref name="type"/>, in the order it writes them.</summary>
    public static IEnumerable<string> PropertyNames(Type type) => PropertiesOf(type).Select(p => p.Name);

    private sealed record Context(IReadOnlySet<string> Ignored, string Path)
    {
        public Context Enter(string property) => this with { Path = Path.Length == 0 ? property : Path + "." + property };

        public bool Skips(string property) => Ignored.Count > 0 && Ignored.Contains(Path.Length == 0 ? property : Path + "." + property);
    }

    private static void Write(Utf8JsonWriter writer, object? value, Context context)
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
                WriteMap(writer, dictionary, context);
                break;
            case IEnumerable sequence:
                writer.WriteStartArray();
                foreach (var item in sequence)
                {
                    Write(writer, item, context);
                }

                writer.WriteEndArray();
                break;
            default:
                WriteObject(writer, value, context);
                break;
        }
    }

    private static void WriteMap(Utf8JsonWriter writer, IDictionary dictionary, Context context)
    {
        writer.WriteStartObject();
        foreach (var key in dictionary.Keys.Cast<object>().Select(k => k.ToString()!).Order(StringComparer.Ordinal))
        {
            writer.WritePropertyName(key);
            Write(writer, dictionary[key], context);
        }

        writer.WriteEndObject();
    }

    private static void WriteObject(Utf8JsonWriter writer, object value, Context context)
    {
        writer.WriteStartObject();
        foreach (var property in PropertiesOf(value.GetType()))
        {
            if (context.Skips(property.Name))
            {
                continue;
            }

            var propertyValue = property.GetValue(value);
            if (IsEmpty(propertyValue, explicitlyNullable: Nullable.GetUnderlyingType(property.PropertyType) is not null))
            {
                continue;
            }

            writer.WritePropertyName(property.Name);
            Write(writer, propertyValue, context.Enter(property.Name));
        }

        writer.WriteEndObject();
    }

    private static bool IsEmpty(object? value, bool explicitlyNullable) => value switch
    {
        null => true,
        _ when explicitlyNullable => false,
        string s => s.Length == 0,
        bool b => !b,
        ICollection collection => collection.Count == 0,
        _ => false,
    };

    private static PropertyInfo[] PropertiesOf(Type type) => Properties.GetOrAdd(type, t => t
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.CanWrite && p.GetIndexParameters().Length == 0 && p.GetCustomAttribute<HashIgnoreAttribute>() is null)
        .OrderBy(p => p.Name, StringComparer.Ordinal)
        .ToArray());
}
