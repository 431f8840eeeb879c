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
        // Candidates come from the words before the one being typed: parsed with it, a value already fills its
        // option (--progress p) and the parser would offer the command's flags instead of the option's values.
        // The project is found from every word (-f, -p, --profile may be complete).
        var parseResult = root.Parse(words.Length == 0 ? [] : words[..^1]);
        await using (var context = new CommandContext(environment, globals, root.Parse(words.Length == 0 ? [""] : words)))
        {
            try
            {
                var loaded = await context.LoadProjectAsync(cancellationToken).ConfigureAwait(false);
                services.Names = [.. loaded.Project.Services.Keys];
                services.Profiles = [.. loaded.AllProfiles];
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
