using System.Globalization;
using System.Text;
using Compose.Reconciling;

namespace Compose.Cli.Commands.Reconcile;

/// <summary>A controller's status in words, for <c>reconcile status</c> and the line <c>ps</c> adds.</summary>
internal static class ReconcileStatusText
{
    /// <summary>The status of the controller that runs for the project now; null when none runs.</summary>
    public static ReconcileStatus? Running(CommandContext context, string project)
    {
        var files = context.ProjectLocks.FilesOf(project);
        return ControllerRegistration.IsRunning(files) ? StatusFile.Read(files.StatusFile) : null;
    }

    /// <summary><c>reconcile: reconciled 12s ago (converged); backing off from ...</c>.</summary>
    public static string Line(ReconcileStatus status, DateTimeOffset now)
    {
        var parts = new List<string> { Ago(status, now) };
        if (status.Backoff is { } backoff)
        {
            parts.Add(backoff.Describe(now));
        }

        if (status.FilesError is { } error)
        {
            parts.Add($"edited files rejected: {error}");
        }

        if (status.Paused is { } paused)
        {
            parts.Add(paused);
        }

        return $"reconcile (pid {status.Pid}): {string.Join("; ", parts)}";
    }

    public static string Full(ReconcileStatus status, DateTimeOffset now)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"project:        {status.Project}\n");
        text.Append(CultureInfo.InvariantCulture, $"controller:     pid {status.Pid}, running since {status.Started:yyyy-MM-dd HH:mm:ss}Z, {status.Passes} passes\n");
        text.Append(CultureInfo.InvariantCulture, $"state:          {status.State}\n");
        text.Append(CultureInfo.InvariantCulture, $"last converged: {(status.LastConverged is { } c ? $"{Seconds(now - c)} ago ({c:HH:mm:ss}Z)" : "never")}\n");
        text.Append(CultureInfo.InvariantCulture, $"last pass:      {(status.LastPass is { } p ? $"{Seconds(now - p)} ago" : "none yet")}{(status.LastTrigger is { } t ? $", {t}" : "")}{(status.LastResult is { } r ? $": {r}" : "")}\n");
        if (status.LastPlan.Length > 0)
        {
            text.Append("last change:\n");
            foreach (var line in status.LastPlan.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                text.Append(CultureInfo.InvariantCulture, $"    {line}\n");
            }
        }

        Optional(text, "backing off:", status.Backoff?.Describe(now));
        Optional(text, "files:", status.FilesError is { } e ? $"rejected: {e}" : null);
        Optional(text, "paused:", status.Paused);
        Optional(text, "engine:", status.Engine);
        Optional(text, "left stopped:", status.LeftAlone.IsEmpty ? null : string.Join(", ", status.LeftAlone));
        text.Append(CultureInfo.InvariantCulture, $"waiting for:    {status.WaitingFor}\n");
        return text.ToString();
    }

    private static string Ago(ReconcileStatus status, DateTimeOffset now) => status.LastConverged is { } converged
        ? $"reconciled {Seconds(now - converged)} ago"
        : $"not converged yet ({status.State})";

    private static string Seconds(TimeSpan span) => $"{Math.Max(0, (long)span.TotalSeconds)}s";

    private static void Optional(StringBuilder text, string label, string? value)
    {
        if (value is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"{label,-15} {value}\n");
        }
    }
}
