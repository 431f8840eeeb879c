using Compose.Runtime;

namespace Compose.Cli.Commands.Swarm;

/// <summary>
/// <c>logs --to swarm [SERVICE...]</c>: the output of the stack's services, each line prefixed with the task and the
/// node that wrote it (<c>demo_web.2@swarm-node3 | …</c>), as <c>docker service logs</c> does.
/// </summary>
internal static class SwarmLogs
{
    public static async Task<int> RunAsync(CommandContext context, IReadOnlyCollection<string> services, LogOptions options, bool prefix, CancellationToken cancellationToken)
    {
        var stack = await SwarmSession.StackNameAsync(context, null, cancellationToken).ConfigureAwait(false);
        await using var session = new SwarmSession(context);
        var width = 0;
        await foreach (var line in session.Stack.LogsAsync(stack, services, options, cancellationToken).ConfigureAwait(false))
        {
            width = Math.Max(width, line.Task.Length);
            var time = options.Timestamps && line.Line.Timestamp is { } at ? at.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", System.Globalization.CultureInfo.InvariantCulture) + " " : "";
            var text = prefix ? $"{line.Task.PadRight(width)} | {time}{line.Line.Text}" : time + line.Line.Text;
            await (line.Line.Stream == OutputStream.Stderr ? context.Error : context.Out).WriteLineAsync(text).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }
}
