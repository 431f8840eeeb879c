using System.CommandLine;
using Compose.Cli.Commands;

namespace Compose.Cli.Completion;

/// <summary><c>completion bash|zsh|fish</c>: print the shell's completion script.</summary>
public sealed class CompletionCommand : ICliCommand
{
    private readonly Argument<string> _shell = new("SHELL") { Description = "bash, zsh or fish" };

    public CompletionCommand()
    {
        _shell.AcceptOnlyFromAmong([.. CompletionScripts.Shells]);
        Definition = new Command("completion", "Print the shell completion script (bash, zsh or fish)") { _shell };
    }

    public Command Definition { get; }

    public async Task<int> ExecuteAsync(CommandContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        await context.Out.WriteAsync(CompletionScripts.For(parseResult.GetRequiredValue(_shell))).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
