using System.CommandLine;

namespace Compose.Cli.Commands;

/// <summary>One composectl command: its syntax, and the one method that carries it out.</summary>
public interface ICliCommand
{
    /// <summary>The command's syntax (name, options, arguments). Called once at start-up: keep it cheap.</summary>
    Command Definition { get; }

    /// <summary>Runs the command and returns the process exit code.</summary>
    Task<int> ExecuteAsync(CommandContext context, ParseResult parseResult, CancellationToken cancellationToken);
}
