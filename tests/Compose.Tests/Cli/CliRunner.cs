using Compose.Cli;

namespace Compose.Tests.Cli;

/// <summary>Runs composectl in-process with captured output.</summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string Out, string Error);

    public static async Task<Result> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await CliApplication.RunAsync(args, new CliEnvironment
        {
            Out = output,
            Error = error,
            Variables = environment ?? new Dictionary<string, string>(),
            WorkingDirectory = workingDirectory,
        });
        return new Result(exitCode, output.ToString(), error.ToString());
    }
}
