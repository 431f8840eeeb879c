using System.Text;
using Compose.Cli;
using Compose.Runtime;
using Compose.TestSupport.Fakes;

namespace Compose.TestSupport;

/// <summary>Runs composectl in-process with captured output: with a fake runtime (fast tests) or the real engine.</summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string Out, string Error);

    /// <summary>One in-process run: where, with which variables, stdin, clock and runtime; cancelling <see cref="Interrupt"/> is Ctrl+C.</summary>
    public sealed record Invocation
    {
        public required string WorkingDirectory { get; init; }

        public IReadOnlyDictionary<string, string> Variables { get; init; } = new Dictionary<string, string>();

        public IRuntimeFactory RuntimeFactory { get; init; } = Compose.Runtime.RuntimeFactory.Instance;

        public string? Stdin { get; init; }

        public TimeProvider Time { get; init; } = TimeProvider.System;

        public CancellationToken Interrupt { get; init; }
    }

    public static async Task<Result> RunAsync(Invocation invocation, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await CliApplication.RunAsync(args, new CliEnvironment
        {
            Out = output,
            Error = error,
            Variables = invocation.Variables,
            WorkingDirectory = invocation.WorkingDirectory,
            Input = invocation.Stdin is null ? Stream.Null : new MemoryStream(Encoding.UTF8.GetBytes(invocation.Stdin)),
            RuntimeFactory = invocation.RuntimeFactory,
            Time = invocation.Time,
        }, invocation.Interrupt);
        return new Result(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>The fast tests' run: no engine unless <c>runtime</c> is given (a fake), a manual clock.</summary>
    public static Task<Result> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args) =>
        RunAsync(workingDirectory, environment, null, null, args);

    public static Task<Result> RunAsync(
        string workingDirectory, IReadOnlyDictionary<string, string>? environment, IContainerRuntime? runtime, string? stdin, params string[] args) =>
        RunAsync(new Invocation
        {
            WorkingDirectory = workingDirectory,
            Variables = environment ?? new Dictionary<string, string>(),
            RuntimeFactory = runtime is null ? Compose.Runtime.RuntimeFactory.Instance : new FixedRuntimeFactory(runtime),
            Stdin = stdin,
            Time = new ManualTimeProvider(),
        }, args);
}
