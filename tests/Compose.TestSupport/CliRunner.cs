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

        /// <summary>Standard input as bytes (an image archive), instead of <see cref="Stdin"/>'s text.</summary>
        public byte[]? StdinBytes { get; init; }

        /// <summary>Whether standard input is a terminal (a person typing, nothing piped).</summary>
        public bool StdinIsTerminal { get; init; }

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
            Input = invocation.StdinBytes is { } bytes ? new MemoryStream(bytes)
                : invocation.Stdin is null ? Stream.Null : new MemoryStream(Encoding.UTF8.GetBytes(invocation.Stdin)),
            InputIsTerminal = invocation.StdinIsTerminal,
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
            Variables = WithOwnRuntimeDirectory(workingDirectory, environment),
            RuntimeFactory = runtime is null ? Compose.Runtime.RuntimeFactory.Instance : new FixedRuntimeFactory(runtime),
            Stdin = stdin,
            Time = new ManualTimeProvider(),
        }, args);

    /// <summary>
    /// The project locks and state files of a fast test's runs live in a directory of that test's own (one per working
    /// directory), unless the test names one: tests that run in parallel and share a project name (<c>-p demo</c>)
    /// would otherwise wait for each other's lock, and on the manual clock a waiting run never polls again.
    /// </summary>
    private static Dictionary<string, string> WithOwnRuntimeDirectory(string workingDirectory, IReadOnlyDictionary<string, string>? environment)
    {
        var variables = new Dictionary<string, string>(environment ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        if (!variables.ContainsKey("COMPOSECTL_RUNTIME_DIR"))
        {
            var key = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(workingDirectory))))[..16];
            variables["COMPOSECTL_RUNTIME_DIR"] = Path.Combine(Path.GetTempPath(), "composectl-fast-tests", key);
        }

        return variables;
    }
}
