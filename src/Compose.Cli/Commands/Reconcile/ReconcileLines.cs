using Compose.Cli.Rendering;
using Compose.Execution;
using Compose.Reconciling;

namespace Compose.Cli.Commands.Reconcile;

/// <summary>
/// How the loop reports, one line per event on stderr: <c>reconcile demo: pass 3 (engine: container demo-web-1
/// removed): applied 4 steps</c> and then the plan it ran, indented; with <c>--progress json</c> each is a JSON progress
/// event (kind <c>Reconcile</c>, the plan text as its detail).
/// </summary>
internal sealed class ReconcileLines(TextWriter writer, string project, bool json, TimeProvider time) : IReconcileReporter
{
    private readonly Lock _gate = new();

    public void PassStarted(int number, string trigger) =>
        Write(ProgressEvent.Working("Reconcile", project, $"pass {number} started ({trigger})"), null);

    public void PassFinished(int number, string trigger, PassOutcome outcome, BackoffState? backoff)
    {
        var text = $"pass {number} ({trigger}): {StatusTracker.Describe(outcome)}";
        if (outcome.LeftAlone is { IsEmpty: false } left)
        {
            text += $"; left stopped: {string.Join(", ", left)}";
        }

        if (outcome.PausedServices is { IsEmpty: false } paused)
        {
            text += $"; paused by another command: {string.Join(", ", paused)}";
        }

        var progress = outcome.Result switch
        {
            PassResult.Failed => ProgressEvent.Error("Reconcile", project, text, backoff?.Describe(time.GetUtcNow())),
            PassResult.Paused => ProgressEvent.Warning("Reconcile", project, $"{text}: {outcome.Reason}"),
            _ => ProgressEvent.Done("Reconcile", project, text),
        };
        Write(progress, outcome.PlanText);
    }

    public void FilesRejected(string error) =>
        Write(ProgressEvent.Error("Reconcile", project, "the edited files do not load; the running stack is left as it is until they do", error), null);

    public void FilesAccepted() => Write(ProgressEvent.Done("Reconcile", project, "the files load again"), null);

    public void Engine(string text) => Write(ProgressEvent.Warning("Reconcile", project, text), null);

    private void Write(ProgressEvent progress, string? plan)
    {
        lock (_gate)
        {
            if (json)
            {
                writer.WriteLine(JsonProgressRenderer.Format(progress with { Detail = JoinDetail(progress.Detail, plan) }, time.GetUtcNow()));
            }
            else
            {
                writer.WriteLine($"reconcile {project}: {progress.Text}{(progress.Detail is { } detail ? ": " + detail : "")}");
                foreach (var line in (plan ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries))
                {
                    writer.WriteLine($"    {line}");
                }
            }

            writer.Flush();
        }
    }

    private static string? JoinDetail(string? detail, string? plan) =>
        string.IsNullOrEmpty(plan) ? detail : detail is null ? plan : $"{detail}\n{plan}";
}
