using System.Buffers;
using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Compose.Output;

/// <summary>
/// The one writer of plain output data (<see cref="OrderedMap"/> and other key/value lists, maps, sequences,
/// scalars) as JSON: indented for documents (<c>config --format json</c>), compact for one-line machine output
/// (<c>--format json</c>, <c>--progress json</c>, <c>events --json</c>). Objects keep the order their producer chose.
/// No reflection.
/// </summary>
public static class JsonOutput
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>An indented document ending with a newline.</summary>
    public static string Write(object? document) => Serialize(document, Indented) + "\n";

    /// <summary>One line of JSON, without a line ending.</summary>
    public static string WriteCompact(object? value) => Serialize(value, Compact);

    private static string Serialize(object? value, JsonWriterOptions options)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            WriteValue(writer, value);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
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
            case int or long or uint or ulong or double or decimal:
                writer.WriteRawValue(Convert.ToString(value, CultureInfo.InvariantCulture)!);
                break;
            case DateTimeOffset time:
                writer.WriteStringValue(time.ToString("O", CultureInfo.InvariantCulture));
                break;
            case IEnumerable<KeyValuePair<string, object?>> entries:
                WriteObject(writer, entries);
                break;
            case IDictionary dictionary:
                WriteObject(writer, dictionary.Keys.Cast<object>().Select(k => KeyValuePair.Create(k.ToString()!, dictionary[k])));
                break;
            case IEnumerable<KeyValuePair<string, string>> strings:
                WriteObject(writer, strings.Select(e => KeyValuePair.Create(e.Key, (object?)e.Value)));
                break;
            case IEnumerable sequence:
                writer.WriteStartArray();
                foreach (var item in sequence)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    private static void WriteObject(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, object?>> entries)
    {
        writer.WriteStartObject();
        foreach (var (key, item) in entries)
        {
            writer.WritePropertyName(key);
            WriteValue(writer, item);
        }

        writer.WriteEndObject();
    }
}
