using System.CommandLine;
using Compose.Errors;

namespace Compose.Cli.Completion;

/// <summary>
/// Answers <c>__complete WORDS…</c> (the last word is the one being typed): the parser's candidates that start with
/// it, one per line. Service names come from the project the words point at (<c>-f</c>, <c>-p</c>, discovery); when
/// it cannot be loaded there are simply no service candidates.
/// </summary>
public sealed class Completer(RootCommand root, GlobalOptions globals, ServiceNameSource services)
{
    public async Task<int> RunAsync(string[] words, CliEnvironment environment, CancellationToken cancellationToken)
    {
        var partial = words.Length == 0 ? "" : words[^1];
        var parseResult = root.Parse(words.Length == 0 ? [""] : words);
        await using (var context = new CommandContext(environment, globals, parseResult))
        {
            try
            {
                services.Names = [.. (await context.LoadProjectAsync(cancellationToken).ConfigureAwait(false)).Project.Services.Keys];
            }
            catch (ComposeException)
            {
                // No project here: complete commands and flags only.
            }
        }

        var candidates = parseResult.GetCompletions()
            .Select(c => c.Label)
            .Where(c => c.StartsWith(partial, StringComparison.Ordinal) && !c.StartsWith('/') && c != "-?")
            .Distinct(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            await environment.Out.WriteLineAsync(candidate).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }
}
