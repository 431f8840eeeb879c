using System.Globalization;
using System.Text.RegularExpressions;
using Compose.Runtime;

namespace Compose.Observing;

/// <summary>What the planner reads off a listed container: its compose labels and what its state means.</summary>
public static partial class ContainerFacts
{
    public static string? ServiceOf(ContainerInfo container) => container.Label(ComposeLabels.Service);

    /// <summary>The replica number from the label; 0 when missing or malformed.</summary>
    public static int NumberOf(ContainerInfo container) =>
        int.TryParse(container.Label(ComposeLabels.ContainerNumber), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;

    public static bool IsOneOff(ContainerInfo container) =>
        string.Equals(container.Label(ComposeLabels.OneOff), ComposeLabels.True, StringComparison.OrdinalIgnoreCase);

    /// <summary>Running in the sense of "nothing to start": running, restarting or paused.</summary>
    public static bool IsUp(ContainerInfo container) =>
        container.State is ContainerState.Running or ContainerState.Restarting or ContainerState.Paused;

    /// <summary>
    /// The exit code of an exited container, read from the listing's status (<c>Exited (3) 2 seconds ago</c>) so
    /// that no inspect is needed; null when the container has not exited or the status says nothing.
    /// </summary>
    public static int? ExitCode(ContainerInfo container)
    {
        if (container.State != ContainerState.Exited)
        {
            return null;
        }

        var match = ExitedStatus().Match(container.Status);
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>Volumes the engine named itself (64 hex digits): anonymous ones, as opposed to named volumes.</summary>
    public static bool IsAnonymousVolume(MountInfo mount) =>
        mount.Type == MountType.Volume && mount.Name is { Length: 64 } name && name.All(char.IsAsciiHexDigitLower);

    [GeneratedRegex(@"^Exited \((-?\d+)\)", RegexOptions.CultureInvariant)]
    private static partial Regex ExitedStatus();
}
