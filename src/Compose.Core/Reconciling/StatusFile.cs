using System.Text.Json;
using Compose.Locking;

namespace Compose.Reconciling;

/// <summary>The controller's status as a small JSON file, replaced atomically (written beside it, then renamed over it).</summary>
public static class StatusFile
{
    public static void Write(string path, ReconcileStatus status) => AtomicFile.Write(path, writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("project", status.Project);
        writer.WriteNumber("pid", status.Pid);
        writer.WriteString("started", status.Started);
        writer.WriteString("state", status.State);
        writer.WriteNumber("passes", status.Passes);
        WriteOptional(writer, "lastPass", status.LastPass);
        writer.WriteString("lastTrigger", status.LastTrigger);
        writer.WriteString("lastResult", status.LastResult);
        writer.WriteString("lastPlan", status.LastPlan);
        WriteOptional(writer, "lastConverged", status.LastConverged);
        if (status.Backoff is { } backoff)
        {
            writer.WriteStartObject("backoff");
            writer.WriteString("step", backoff.Step);
            writer.WriteString("reason", backoff.Reason);
            writer.WriteNumber("failures", backoff.Failures);
            writer.WriteString("nextRetry", backoff.NextRetry);
            writer.WriteEndObject();
        }

        writer.WriteString("filesError", status.FilesError);
        writer.WriteString("paused", status.Paused);
        writer.WriteString("engine", status.Engine);
        writer.WriteStartArray("leftAlone");
        foreach (var name in status.LeftAlone)
        {
            writer.WriteStringValue(name);
        }

        writer.WriteEndArray();
        writer.WriteString("waitingFor", status.WaitingFor);
        writer.WriteEndObject();
    });

    /// <summary>The status a controller wrote; null when there is none or it is not readable.</summary>
    public static ReconcileStatus? Read(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            return Parse(document.RootElement);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    private static ReconcileStatus Parse(JsonElement root) => new()
    {
        Project = root.GetProperty("project").GetString() ?? "",
        Pid = root.GetProperty("pid").GetInt32(),
        Started = root.GetProperty("started").GetDateTimeOffset(),
        State = root.GetProperty("state").GetString() ?? "",
        Passes = root.GetProperty("passes").GetInt32(),
        LastPass = Optional(root, "lastPass"),
        LastTrigger = Text(root, "lastTrigger"),
        LastResult = Text(root, "lastResult"),
        LastPlan = Text(root, "lastPlan") ?? "",
        LastConverged = Optional(root, "lastConverged"),
        Backoff = root.TryGetProperty("backoff", out var b) && b.ValueKind == JsonValueKind.Object
            ? new BackoffState(b.GetProperty("step").GetString() ?? "", b.GetProperty("reason").GetString() ?? "", b.GetProperty("failures").GetInt32(), b.GetProperty("nextRetry").GetDateTimeOffset())
            : null,
        FilesError = Text(root, "filesError"),
        Paused = Text(root, "paused"),
        Engine = Text(root, "engine"),
        LeftAlone = [.. root.GetProperty("leftAlone").EnumerateArray().Select(e => e.GetString() ?? "")],
        WaitingFor = Text(root, "waitingFor") ?? "",
    };

    private static void WriteOptional(Utf8JsonWriter writer, string name, DateTimeOffset? value)
    {
        if (value is { } time)
        {
            writer.WriteString(name, time);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static DateTimeOffset? Optional(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetDateTimeOffset() : null;

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
