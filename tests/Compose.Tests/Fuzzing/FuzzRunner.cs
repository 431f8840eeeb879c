using System.Text;
using Compose.Errors;
using Compose.Loading;

namespace Compose.Tests.Fuzzing;

/// <summary>
/// Loads fuzz cases the way the CLI loads a file given with <c>-f</c> (in the seed's project directory, so its
/// relative env files, includes and build contexts are real), on a few workers, each case within a timeout.
/// </summary>
public sealed class FuzzRunner(Mutator mutator, TimeSpan perCaseTimeout)
{
    /// <summary>Failures stop the run after this many, so the first ones are readable.</summary>
    public const int MaxFailures = 5;

    private static readonly IReadOnlyDictionary<string, string> Environment = new Dictionary<string, string> { ["HOME"] = "/home/fuzz" };

    public async Task<FuzzReport> RunAsync(long seed, IReadOnlyList<int> cases, int workers)
    {
        var report = new FuzzReport();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            var directory = TestTemp.Directory("composectl-fuzz-");
            int position;
            while ((position = Interlocked.Increment(ref next)) < cases.Count && report.Failures.Count < MaxFailures)
            {
                await RunCaseAsync(mutator.Make(seed, cases[position]), directory, report);
            }
        })));
        return report;
    }

    private async Task RunCaseAsync(FuzzCase fuzzCase, string directory, FuzzReport report)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var file = Path.Combine(directory, "compose.yaml");
        await File.WriteAllBytesAsync(file, fuzzCase.Bytes);
        var load = Task.Run(() => ProjectLoader.LoadAsync(new LoadRequest
        {
            WorkingDirectory = directory,
            ProjectDirectory = fuzzCase.Origin.Directory,
            Environment = Environment,
            ConfigFiles = [file],
        }, CancellationToken.None));
        try
        {
            await load.WaitAsync(perCaseTimeout);
            report.Add(FuzzOutcome.Loaded);
        }
        catch (ComposeFileException e) when (e.Location is not null)
        {
            report.Add(FuzzOutcome.RefusedWithLocation);
        }
        catch (ComposeException e)
        {
            report.AddUnlocated(e.Message, fuzzCase);
        }
        catch (TimeoutException)
        {
            report.AddFailure(Describe(fuzzCase, $"no answer within {perCaseTimeout.TotalSeconds} s (a hang)"));
        }
        catch (Exception e)
        {
            report.AddFailure(Describe(fuzzCase, e.ToString()));
        }

        report.Time(fuzzCase, clock.Elapsed);
    }

    /// <summary>The case, the error, the start of the input, and where the whole input was saved.</summary>
    public static string Describe(FuzzCase fuzzCase, string error)
    {
        var saved = Path.Combine(Path.GetTempPath(), "composectl-fuzz-failures", $"{fuzzCase.Seed}-{fuzzCase.Index}.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(saved)!);
        File.WriteAllBytes(saved, fuzzCase.Bytes);
        var text = Encoding.UTF8.GetString(fuzzCase.Bytes);
        var shown = text.Length > 1500 ? text[..1500] + $"\n... ({text.Length:N0} characters)" : text;
        return $"{fuzzCase}\n{Cut(error, 3000)}\ninput (saved whole to {saved}, project directory {fuzzCase.Origin.Directory}):\n{shown.Replace("\0", "\\0", StringComparison.Ordinal)}";
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length] + " ...";
}
