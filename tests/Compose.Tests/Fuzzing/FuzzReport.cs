using System.Collections.Concurrent;
using System.Diagnostics;

namespace Compose.Tests.Fuzzing;

/// <summary>Counts of a fuzz run by outcome, the distinct unlocated messages, and the failures in full.</summary>
public sealed class FuzzReport
{
    private readonly ConcurrentDictionary<FuzzOutcome, int> _counts = new();
    private readonly ConcurrentDictionary<string, FuzzCase> _unlocated = new();
    private readonly ConcurrentQueue<string> _failures = new();
    private readonly ConcurrentDictionary<string, (int Cases, double Milliseconds)> _byMutation = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly TimeSpan _cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
    private (double Milliseconds, FuzzCase? Case) _slowest;

    public int Count(FuzzOutcome outcome) => _counts.GetValueOrDefault(outcome);

    public int Total => _counts.Values.Sum();

    public IReadOnlyCollection<string> Failures => _failures;

    /// <summary>Unlocated refusals by message shape (digits and quoted values blanked), with one case each.</summary>
    public IReadOnlyDictionary<string, FuzzCase> Unlocated => _unlocated;

    /// <summary>Records how long a case took, by its first mutation, to show where the budget goes.</summary>
    public void Time(FuzzCase fuzzCase, TimeSpan elapsed)
    {
        var name = fuzzCase.Mutations[0].Split('(')[0];
        _byMutation.AddOrUpdate(name, (1, elapsed.TotalMilliseconds), (_, t) => (t.Cases + 1, t.Milliseconds + elapsed.TotalMilliseconds));
        lock (_byMutation)
        {
            if (elapsed.TotalMilliseconds > _slowest.Milliseconds)
            {
                _slowest = (elapsed.TotalMilliseconds, fuzzCase);
            }
        }
    }

    /// <summary>Mean wall time per case by first mutation, slowest first, and the slowest case.</summary>
    public string Timings() =>
        string.Join(", ", _byMutation.OrderByDescending(m => m.Value.Milliseconds / m.Value.Cases)
            .Select(m => $"{m.Key} {m.Value.Milliseconds / m.Value.Cases:N1} ms"))
        + $"; slowest {_slowest.Milliseconds:N0} ms: {_slowest.Case}";

    public void Add(FuzzOutcome outcome) => _counts.AddOrUpdate(outcome, 1, (_, n) => n + 1);

    public void AddUnlocated(string message, FuzzCase fuzzCase)
    {
        Add(FuzzOutcome.RefusedWithoutLocation);
        _unlocated.TryAdd(Shape(message), fuzzCase);
    }

    public void AddFailure(string description)
    {
        Add(FuzzOutcome.Failed);
        _failures.Enqueue(description);
    }

    public string Summary(long seed) =>
        $"seed {seed}: {Total:N0} cases in {_clock.Elapsed.TotalSeconds:N1} s ({(Process.GetCurrentProcess().TotalProcessorTime - _cpuAtStart).TotalSeconds:N1} s of CPU in the test process); loaded {Count(FuzzOutcome.Loaded):N0}, " +
        $"refused with a location {Count(FuzzOutcome.RefusedWithLocation):N0}, without one {Count(FuzzOutcome.RefusedWithoutLocation):N0} " +
        $"({_unlocated.Count} kinds), failed {Count(FuzzOutcome.Failed):N0}";

    private static string Shape(string message) =>
        System.Text.RegularExpressions.Regex.Replace(message, @"'[^']*'|""[^""]*""|\d+|/\S+", "_");
}
