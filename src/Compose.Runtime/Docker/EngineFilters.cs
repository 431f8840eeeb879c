using System.Text;
using System.Text.Json;

namespace Compose.Runtime.Docker;

/// <summary>Builds the engine's <c>filters</c> query parameter: a URL-encoded JSON map of string lists.</summary>
internal static class EngineFilters
{
    public static string Query(string name, IEnumerable<string> values) => Query([new(name, values)]);

    public static string Query(IEnumerable<KeyValuePair<string, IEnumerable<string>>> filters)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (name, values) in filters)
            {
                writer.WriteStartArray(name);
                foreach (var value in values)
                {
                    writer.WriteStringValue(value);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        return "filters=" + Uri.EscapeDataString(Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
