using System.Collections;

namespace Compose.Cli;

/// <summary>
/// What the process gives the CLI: streams, environment and working directory, read once. Tests pass their own.
/// </summary>
public sealed record CliEnvironment
{
    public required TextWriter Out { get; init; }
    public required TextWriter Error { get; init; }
    public required IReadOnlyDictionary<string, string> Variables { get; init; }
    public required string WorkingDirectory { get; init; }

    /// <summary>Whether stderr is a terminal (live progress, colours).</summary>
    public bool ErrorIsTerminal { get; init; }

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
            ErrorIsTerminal = !Console.IsErrorRedirected,
        };
    }
}
