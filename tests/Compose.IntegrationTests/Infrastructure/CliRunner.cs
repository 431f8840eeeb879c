using Compose.Cli;

namespace Compose.IntegrationTests.Infrastructure;

/// <summary>Runs composectl in-process against the real engine, with captured output.</summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string Out, string Error);

    public static Task<Result> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string>? extraVariables, params string[] args) =>
        RunAsync(workingDirectory, extraVariables, CancellationToken.None, args);

    /// <summary>Runs composectl; cancelling <paramref name="interrupt"/> is what Ctrl+C does to it.</summary>
    public static async Task<Result> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string>? extraVariables, CancellationToken interrupt, params string[] args)
    {
        var variables = new Dictionary<string, string>(Engine.Variables, StringComparer.Ordinal);
        foreach (var (key, value) in extraVariables ?? new Dictionary<string, string>())
        {
            variables[key] = value;
        }

        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await CliApplication.RunAsync(args, new CliEnvironment
        {
            Out = output,
            Error = error,
            Variables = variables,
            WorkingDirectory = workingDirectory,
        }, interrupt);
        return new Result(exitCode, output.ToString(), error.ToString());
    }

    public static async Task<Result> OkAsync(string workingDirectory, IReadOnlyDictionary<string, string>? extraVariables, params string[] args)
    {
        var result = await RunAsync(workingDirectory, extraVariables, args);
        result.ExitCode.Should().Be(0, $"composectl {string.Join(' ', args)} failed:\n{result.Error}");
        return result;
    }
}
