using System.Globalization;
using Compose.Cli.Formatting;
using Compose.Targets.Swarm;

namespace Compose.Cli.Commands.Swarm;

/// <summary>
/// <c>ps --to swarm</c>: the stack's tasks as <c>docker stack ps</c> lists them (ID, NAME, IMAGE, NODE, DESIRED STATE,
/// CURRENT STATE, ERROR, PORTS); the current ones, or with <c>-a</c> the history the swarm keeps too.
/// </summary>
internal static class SwarmPs
{
    private static readonly RowPrinter Printer = new(
        "table {{.ID}}\t{{.Name}}\t{{.Image}}\t{{.Node}}\t{{.DesiredState}}\t{{.CurrentState}}\t{{.Error}}\t{{.Ports}}",
        new Dictionary<string, string>(StringComparer.Ordinal) { ["DesiredState"] = "DESIRED STATE", ["CurrentState"] = "CURRENT STATE" });

    public static async Task<int> RunAsync(CommandContext context, IReadOnlyCollection<string> services, bool all, bool quiet, string? format, bool noTrunc, CancellationToken cancellationToken)
    {
        var stack = await SwarmSession.StackNameAsync(context, null, cancellationToken).ConfigureAwait(false);
        await using var session = new SwarmSession(context);
        var tasks = await session.Stack.ListTasksAsync(stack, services, all, cancellationToken).ConfigureAwait(false);
        if (quiet)
        {
            await context.Out.WriteAsync(string.Concat(tasks.Select(t => t.Id + "\n"))).ConfigureAwait(false);
            return ExitCodes.Success;
        }

        var now = context.Time.GetUtcNow();
        var rows = tasks.Select(t => Row(t, now, noTrunc || format == "json")).ToList();
        await context.Out.WriteAsync(Printer.Print(format, rows)).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    private static List<KeyValuePair<string, object?>> Row(StackTask task, DateTimeOffset now, bool full) =>
    [
        new("ID", full ? task.Id : task.Id[..Math.Min(12, task.Id.Length)]),
        new("Name", task.Name),
        new("Image", full ? task.Image : Unpinned(task.Image)),
        new("Node", task.Node),
        new("DesiredState", Title(task.DesiredState)),
        new("CurrentState", $"{Title(task.CurrentState)} {HumanDuration.Ago(task.Since, now)}"),
        new("Error", task.Error is { } error ? (full || error.Length <= 30 ? $"\"{error}\"" : $"\"{error[..29]}…\"") : ""),
        new("Ports", string.Join(", ", task.Ports.Select(p => $"*:{p.PublishedPort.ToString(CultureInfo.InvariantCulture)}->{p.TargetPort.ToString(CultureInfo.InvariantCulture)}/{p.Protocol}"))),
    ];

    /// <summary>The image without its pinned digest, as docker stack ps shows it.</summary>
    private static string Unpinned(string image) => image.IndexOf('@', StringComparison.Ordinal) is var at and > 0 ? image[..at] : image;

    private static string Title(string state) => state.Length == 0 ? "" : char.ToUpperInvariant(state[0]) + state[1..];
}
