using System.Text.Json;

namespace Compose.Locking;

/// <summary>Writes a small JSON file atomically: to a temporary name beside it, then renamed over it.</summary>
public static class AtomicFile
{
    public static void Write(string path, Action<Utf8JsonWriter> write)
    {
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        using (var writer = new Utf8JsonWriter(file, new JsonWriterOptions { Indented = true }))
        {
            write(writer);
        }

        File.Move(temporary, path, overwrite: true);
    }
}
