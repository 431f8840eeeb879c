using System.Collections.Concurrent;
using System.Diagnostics;

namespace Compose.Tests.Fuzzing;

/// <summary>Counts of a fuzz run by outcome, the distinct unlocated messages, and the failures in full.</summary>
public sealed class FuzzReport
{
    private readonly ConcurrentDictionary<FuzzOutcome, int> _counts = new();
    private readonly ConcurrentDictionary<string, FuzzCase> _unlocated = new();
    private readonly ConcurrentQueue<string> _failures = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public int Count(FuzzOutcome outcome) => _counts.GetValueOrDefault(outcome);

    public int Total => _counts.Values.Sum();

    public IReadOnlyCollection<string> Failures => _failures;

    /// <summary>Unlocated refusals by message shape (digits and quoted values blanked), with one case each.</summary>
    public IReadOnlyDictionary<string, FuzzCase> Unlocated => _unlocated;

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
        $"seed {seed}: {Total:N0} cases in {_clock.Elapsed.TotalSeconds:N1} s; loaded {Count(FuzzOutcome.Loaded):N0}, " +
        $"refused with a location {Count(FuzzOutcome.RefusedWithLocation):N0}, without one {Count(FuzzOutcome.RefusedWithoutLocation):N0} " +
        $"({_unlocated.Count} kinds), failed {Count(FuzzOutcome.Failed):N0}";

    private static string Shape(string message) =>
        System.Text.RegularExpressions.Regex.Replace(message, @"'[^']*'|""[^""]*""|\d+|/\S+", "_");
}
