using System.Globalization;
using Compose.Runtime.Native.Processes;

namespace Compose.Runtime.Native.Containers;

/// <summary>
/// The file a create writes first and removes last, naming the creating process (pid and start time, so a reused
/// pid is not mistaken for it): remains whose creator is gone are abandoned and may be removed.
/// </summary>
internal static class CreatingMarker
{
    public static string PathIn(string containerDirectory) => Path.Combine(containerDirectory, "creating");

    public static string ForThisProcess() =>
        $"{Environment.ProcessId} {ProcessProbe.StartTicks(Environment.ProcessId)?.ToString(CultureInfo.InvariantCulture) ?? "0"}";

    /// <summary>Whether the folder holds a create that is not under way any more (its marker names a process that is gone).</summary>
    public static bool IsAbandoned(string containerDirectory)
    {
        string text;
        try
        {
            text = File.ReadAllText(PathIn(containerDirectory));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return false;
        }

        var parts = text.Split(' ');
        if (parts.Length != 2 || !int.TryParse(parts[0], CultureInfo.InvariantCulture, out var pid))
        {
            return true;
        }

        return ProcessProbe.StartTicks(pid)?.ToString(CultureInfo.InvariantCulture) != parts[1];
    }

    public static bool Exists(string containerDirectory) => File.Exists(PathIn(containerDirectory));
}
