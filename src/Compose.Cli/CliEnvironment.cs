using System.Collections;
using Compose.Cli.Terminal;
using Compose.Runtime;

namespace Compose.Cli;

/// <summary>
/// What the process gives the CLI: streams, environment, working directory and terminal, read once. Tests pass
/// their own (in-process runs), including a runtime to use instead of the Docker engine.
/// </summary>
public sealed record CliEnvironment
{
    public required TextWriter Out { get; init; }
    public required TextWriter Error { get; init; }
    public required IReadOnlyDictionary<string, string> Variables { get; init; }
    public required string WorkingDirectory { get; init; }

    /// <summary>Standard input as bytes (<c>exec</c>/<c>run</c> forward it; <c>-f -</c> reads the file from it).</summary>
    public Stream Input { get; init; } = Stream.Null;

    /// <summary>Raw standard output for bytes from containers (cp to <c>-</c>, TTY sessions); defaults to <see cref="Out"/>'s text.</summary>
    public Stream? OutputStream { get; init; }

    /// <summary>Raw standard error for container stderr bytes; defaults to <see cref="Error"/>'s text.</summary>
    public Stream? ErrorStream { get; init; }

    public bool InputIsTerminal { get; init; }
    public bool OutIsTerminal { get; init; }

    /// <summary>Whether stderr is a terminal (live progress, colours).</summary>
    public bool ErrorIsTerminal { get; init; }

    public ITerminal Terminal { get; init; } = NoTerminal.Instance;

    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Where this run's SIGINT and SIGTERM go (cancel the command, or a container's process).</summary>
    public SignalRouter Signals { get; init; } = new();

    /// <summary>
    /// A second interrupt from inside the process (tests), as a second Ctrl+C is: the first is the token
    /// <see cref="CliApplication.RunAsync"/> is given. Signals count on their own.
    /// </summary>
    public CancellationToken SecondInterrupt { get; init; }

    /// <summary>Makes the runtime driver a command runs on (tests pass one that hands out a fake runtime).</summary>
    public IRuntimeFactory RuntimeFactory { get; init; } = Compose.Runtime.RuntimeFactory.Instance;

    public static CliEnvironment FromProcess()
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            variables[(string)entry.Key] = (string?)entry.Value ?? "";
        }

        return new CliEnvironment
        {
            Out = Console.Out,
            Error = Console.Error,
            Variables = variables,
            WorkingDirectory = Directory.GetCurrentDirectory(),
            Input = Console.OpenStandardInput(),
            OutputStream = Console.OpenStandardOutput(),
            ErrorStream = Console.OpenStandardError(),
            InputIsTerminal = !Console.IsInputRedirected,
            OutIsTerminal = !Console.IsOutputRedirected,
            ErrorIsTerminal = !Console.IsErrorRedirected,
            Terminal = OperatingSystem.IsWindows() ? NoTerminal.Instance : new UnixTerminal(),
        };
    }
}
