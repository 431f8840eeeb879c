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

        return CliRunner.RunAsync(new CliRunner.Invocation { WorkingDirectory = workingDirectory, Variables = variables, Interrupt = interrupt }, args);
    }

    public static async Task<CliRunner.Result> OkAsync(string workingDirectory, IReadOnlyDictionary<string, string>? extraVariables, params string[] args)
    {
        var result = await RunAsync(workingDirectory, extraVariables, args);
        result.ExitCode.Should().Be(0, $"composectl {string.Join(' ', args)} failed:\n{result.Error}");
        return result;
    }
}
