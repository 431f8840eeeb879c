using System.Text.Json;

namespace Compose.Locking;

/// <summary>
/// The pause request of one project, as a small JSON file: written and cleared by the verbs (under the project's
/// lock), read by the controller before each pass (under the same lock). Replaced atomically, never half-written.
/// </summary>
public static class PauseFile
{
    public static PauseRequest? Read(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = document.RootElement;
            return new PauseRequest(
                root.GetProperty("verb").GetString() ?? "?",
                root.GetProperty("pid").GetInt32(),
                DateTimeOffset.FromUnixTimeMilliseconds(root.GetProperty("since").GetInt64()))
            {
                Services = [.. root.GetProperty("services").EnumerateArray().Select(s => s.GetString() ?? "")],
            };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            // Missing, or not one we wrote: no pause.
            return null;
        }
    }

    public static void Write(string path, PauseRequest? request)
    {
        if (request is null)
        {
            File.Delete(path);
            return;
        }

        AtomicFile.Write(path, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("verb", request.Verb);
            writer.WriteNumber("pid", request.Pid);
            writer.WriteNumber("since", request.Since.ToUnixTimeMilliseconds());
            writer.WriteStartArray("services");
            foreach (var service in request.Services)
            {
                writer.WriteStringValue(service);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    /// <summary>Records what a verb holding the lock intends (<see cref="LockIntent"/>) for the controller.</summary>
    public static void Apply(string path, LockRequest request, int pid, DateTimeOffset now)
    {
        switch (request.Intent)
        {
            case LockIntent.Pause:
                var paused = new PauseRequest(request.Verb, pid, now) { Services = [.. request.Services] };
                Write(path, Read(path) is { } existing ? existing.Merge(paused) : paused);
                break;
            case LockIntent.Resume when Read(path) is { } current:
                Write(path, current.Without(request.Services));
                break;
        }
    }
}
