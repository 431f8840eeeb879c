using System.Collections.Concurrent;
using Compose.Errors;
using Compose.Model;
using Compose.Reconciling;

namespace Compose.Tests.Reconciling;

/// <summary>A pass runner that records each pass (when, with which project) and answers with what the test queued.</summary>
internal sealed class RecordingRunner(TimeProvider clock) : IPassRunner
{
    private readonly ConcurrentQueue<Func<PassOutcome>> _answers = new();
    private int _running;

    public ConcurrentQueue<(long At, Project Project, bool Initial)> Passes { get; } = new();

    /// <summary>Holds a pass open until released, to see what happens meanwhile.</summary>
    public TaskCompletionSource? Gate { get; set; }

    public int MaxConcurrent { get; private set; }

    public Func<PassOutcome> Default { get; set; } = () => PassOutcome.Converged([]);

    public void Answer(Func<PassOutcome> answer) => _answers.Enqueue(answer);

    public Task PrimeAsync(Project project, CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task<PassOutcome> RunAsync(Project project, bool initial, CancellationToken cancellationToken)
    {
        var running = Interlocked.Increment(ref _running);
        MaxConcurrent = Math.Max(MaxConcurrent, running);
        Passes.Enqueue((clock.GetTimestamp(), project, initial));
        try
        {
            if (Gate is { } gate)
            {
                await gate.Task.WaitAsync(cancellationToken);
            }

            return _answers.TryDequeue(out var answer) ? answer() : Default();
        }
        finally
        {
            Interlocked.Decrement(ref _running);
        }
    }
}

/// <summary>Files that load (a project) or do not (a located error), as the test sets them.</summary>
internal sealed class SwitchableSource(Project project) : IProjectSource
{
    public Project Project { get; set; } = project;

    public string? Broken { get; set; }

    public int Loads { get; private set; }

    public Task<LoadedProject> LoadAsync(CancellationToken cancellationToken)
    {
        Loads++;
        return Broken is { } error
            ? Task.FromException<LoadedProject>(new ComposeFileException(new SourceLocation("compose.yaml", 4, 12), "services.web.image", error))
            : Task.FromResult(new LoadedProject(Project, []));
    }
}

/// <summary>Everything the loop reports, as lines.</summary>
internal sealed class RecordingReporter : IReconcileReporter
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public void PassStarted(int number, string trigger) => Lines.Enqueue($"started {number} {trigger}");

    public void PassFinished(int number, string trigger, PassOutcome outcome, BackoffState? backoff) =>
        Lines.Enqueue($"finished {number} {outcome.Result}{(backoff is null ? "" : $" retry after {backoff.Failures}")}");

    public void FilesRejected(string error) => Lines.Enqueue($"rejected {error}");

    public void FilesAccepted() => Lines.Enqueue("accepted");

    public void Engine(string text) => Lines.Enqueue($"engine {text}");
}
