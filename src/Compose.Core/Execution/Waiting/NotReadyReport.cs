using System.Text;
using Compose.Errors;
using Compose.Planning.Steps;
using Compose.Runtime;
using Compose.Runtime.Errors;

namespace Compose.Execution.Waiting;

/// <summary>
/// Turns failed waits into the error users read in a CI log: per service, why its container is not ready (with the
/// last health-check output) and the container's last lines of output, so nobody has to rerun with
/// <c>composectl logs</c> to find out.
/// </summary>
public sealed class NotReadyReport(IContainerRuntime runtime)
{
    /// <summary>Log lines shown per container: enough for a stack trace's head or a server's refusal, not a flood.</summary>
    public const int LogLines = 15;

    /// <param name="dependency">A <c>depends_on</c> wait (docker compose's "dependency failed to start") rather than <c>up --wait</c>.</param>
    public async Task<ServiceNotReadyException> DescribeAsync(
        IReadOnlyList<WaitFailure> failures, Readiness readiness, bool dependency, WaitDeadline? deadline, CancellationToken cancellationToken)
    {
        var message = new StringBuilder();
        foreach (var failure in failures)
        {
            var reason = failure.TimedOut ? ReadinessRules.DescribePending(await InspectAsync(failure.Target.Id, cancellationToken).ConfigureAwait(false), failure.Target.Name) : failure.Reason;
            message.Append(message.Length == 0 ? "" : "\n").Append(Headline(failure, readiness, dependency, deadline)).Append(": ").Append(reason);
            await AppendLogTailAsync(message, failure.Target, cancellationToken).ConfigureAwait(false);
        }

        return new ServiceNotReadyException(message.ToString(), [.. failures.Select(f => f.Target.Service).Distinct(StringComparer.Ordinal)]);
    }

    private static string Headline(WaitFailure failure, Readiness readiness, bool dependency, WaitDeadline? deadline)
    {
        var service = dependency ? $"dependency failed to start: service {failure.Target.Service}" : $"service {failure.Target.Service}";
        if (!failure.TimedOut)
        {
            return dependency ? service : $"{service} is not ready";
        }

        var goal = readiness switch { Readiness.Healthy => "healthy", Readiness.CompletedSuccessfully => "completed", _ => "ready" };
        return $"{service} was not {goal} within {deadline?.Text ?? "the time allowed"}";
    }

    private async Task AppendLogTailAsync(StringBuilder message, WaitTarget target, CancellationToken cancellationToken)
    {
        List<string> lines;
        try
        {
            lines = await TailAsync(target.Id, cancellationToken).ConfigureAwait(false);
        }
        catch (ContainerRuntimeException e)
        {
            message.Append($"\n  (its output could not be read: {e.Message})");
            return;
        }

        if (lines.Count == 0)
        {
            message.Append($"\n  {target.Name} has written no output.");
            return;
        }

        message.Append(lines.Count < LogLines
            ? $"\n  output of {target.Name}:"
            : $"\n  last {LogLines} lines of output of {target.Name} ('composectl logs {target.Service}' shows all):");
        foreach (var line in lines)
        {
            message.Append("\n    ").Append(line);
        }
    }

    private async Task<List<string>> TailAsync(string id, CancellationToken cancellationToken)
    {
        var lines = new List<string>();
        await foreach (var line in runtime.GetLogsAsync(id, new LogOptions { Tail = LogLines }, cancellationToken).ConfigureAwait(false))
        {
            lines.Add(line.Text.TrimEnd('\r'));
        }

        // An engine that ignores the tail still shows only the last lines.
        return lines.Count > LogLines ? lines[^LogLines..] : lines;
    }

    private async Task<ContainerDetails?> InspectAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            return await runtime.InspectContainerAsync(id, cancellationToken).ConfigureAwait(false);
        }
        catch (ResourceNotFoundException)
        {
            return null;
        }
    }
}
