namespace Compose.IntegrationTests.Infrastructure;

/// <summary>Runs composectl in-process against the real engine (its variables, the real clock), with captured output.</summary>
public static class EngineCli
{
    public static Task<CliRunner.Result> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string>? extraVariables, params string[] args) =>
        RunAsync(workingDirectory, extraVariables, CancellationToken.None, args);

    /// <summary>Runs composectl; cancelling <paramref name="interrupt"/> is what Ctrl+C does to it.</summary>
    public static Task<CliRunner.Result> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string>? extraVariables, CancellationToken interrupt, params string[] args)
    {
        var variables = new Dictionary<string, string>(Engine.Variables, StringComparer.Ordinal);
        foreach (var (key, value) in extraVariables ?? new Dictionary<string, string>())
        {
            variables[key] = value;
        }

        return RunBoundedAsync(new CliRunner.Invocation { WorkingDirectory = workingDirectory, Variables = variables }, interrupt, args);
    }

    /// <summary>
    /// No single run may outlast <see cref="RunLimit"/>: past it the run gets the Ctrl+C it would get from a user, and
    /// its result says so, with the output it printed up to then. A run that hangs (an engine that stops answering, a
    /// wait that never ends) then fails its test showing where it was, instead of stopping the whole test run at the
    /// hang detector without a word of composectl's own output.
    /// </summary>
    private static async Task<CliRunner.Result> RunBoundedAsync(CliRunner.Invocation invocation, CancellationToken interrupt, string[] args)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(interrupt);
        limit.CancelAfter(RunLimit);
        var result = await CliRunner.RunAsync(invocation with { Interrupt = limit.Token }, args);
        return limit.IsCancellationRequested && !interrupt.IsCancellationRequested
            ? result with { Error = result.Error + $"\n[test harness: composectl {string.Join(' ', args)} was still running after {RunLimit.TotalMinutes:0} min and was interrupted]" }
            : result;
    }

    /// <summary>Under the test run's hang detector (5 minutes without a finished test, scripts/test).</summary>
    public static TimeSpan RunLimit { get; } = TimeSpan.FromMinutes(3);

    public static async Task<CliRunner.Result> OkAsync(string workingDirectory, IReadOnlyDictionary<string, string>? extraVariables, params string[] args)
    {
        var result = await RunAsync(workingDirectory, extraVariables, args);
        result.ExitCode.Should().Be(0, $"composectl {string.Join(' ', args)} failed:\n{result.Error}");
        return result;
    }
}
