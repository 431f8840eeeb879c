using System.Text;
using Compose.Cli;
using Compose.Runtime;
using Compose.Tests.Fakes;

namespace Compose.Tests.Cli;

/// <summary>Runs composectl in-process with captured output (and, when given, a fake runtime and stdin).</summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string Out, string Error);

    public static Task<Result> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args) =>
        RunAsync(workingDirectory, environment, null, null, args);

    public static async Task<Result> RunAsync(
        string workingDirectory, IReadOnlyDictionary<string, string>? environment, IContainerRuntime? runtime, string? stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await CliApplication.RunAsync(args, new CliEnvironment
        {
            Out = output,
            Error = error,
            Variables = environment ?? new Dictionary<string, string>(),
            WorkingDirectory = workingDirectory,
            Input = stdin is null ? Stream.Null : new MemoryStream(Encoding.UTF8.GetBytes(stdin)),
            RuntimeFactory = runtime is null ? Compose.Runtime.RuntimeFactory.Instance : new FixedRuntimeFactory(runtime),
            Time = new ManualTimeProvider(),
        });
        return new Result(exitCode, output.ToString(), error.ToString());
    }
}
