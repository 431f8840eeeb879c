using System.Globalization;

namespace Compose.Locking;

/// <summary>Who holds a project's lock: the process, the verb it runs, and since when.</summary>
public sealed record LockHolder(int Pid, string Verb, DateTimeOffset Since)
{
    public override string ToString() => $"pid {Pid}, {Verb}";

    /// <summary>One line: <c>pid verb unix-ms</c>.</summary>
    public string Serialize() => string.Create(CultureInfo.InvariantCulture, $"{Pid} {Verb} {Since.ToUnixTimeMilliseconds()}\n");

    /// <summary>The holder a holder file names; null when it is missing, being written, or not ours.</summary>
    public static LockHolder? Read(string path)
    {
        try
        {
            var parts = File.ReadAllText(path).Trim().Split(' ');
            return parts is [var pid, var verb, var since]
                && int.TryParse(pid, NumberStyles.None, CultureInfo.InvariantCulture, out var p)
                && long.TryParse(since, NumberStyles.None, CultureInfo.InvariantCulture, out var s)
                ? new LockHolder(p, verb, DateTimeOffset.FromUnixTimeMilliseconds(s))
                : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
