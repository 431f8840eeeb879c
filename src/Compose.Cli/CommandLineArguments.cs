using System.CommandLine;

namespace Compose.Cli;

/// <summary>
/// <c>exec</c> and <c>run</c> take a command line of their own after the service (<c>exec web ls -la</c>): everything
/// after the first positional argument belongs to it, not to composectl, as with docker compose. The parser has no
/// such mode, so a <c>--</c> is inserted after the service before parsing.
/// </summary>
public static class CommandLineArguments
{
    private static readonly HashSet<string> PassThroughCommands = new(StringComparer.Ordinal) { "exec", "run" };

    public static string[] Prepare(string[] args, RootCommand root) =>
        SeparatePassThrough(LocalizeDryRun(DropBareBuildParallel(HelpCommand(args, root)), root), root);

    /// <summary>
    /// <c>composectl help up</c> is <c>composectl up --help</c> (and <c>help</c> alone the overview), as cobra's help
    /// command is for docker compose: the word is only read so when it comes where a command's name would.
    /// </summary>
    private static string[] HelpCommand(string[] args, RootCommand root)
    {
        var recursive = root.Options.Where(o => o.Recursive).ToList();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith('-') && args[i].Length > 1)
            {
                i += TakesValue(args[i], root, recursive) ? 1 : 0;
                continue;
            }

            return args[i] == "help" && root.Subcommands.All(c => c.Name != "help") ? [.. args[..i], .. args[(i + 1)..], "--help"] : args;
        }

        return args;
    }

    /// <summary>
    /// <c>build --parallel</c> without a number is docker-compose v1's flag (builds are always parallel here, up to
    /// the global <c>--parallel N</c>): it is dropped rather than read as the limit with a missing value.
    /// </summary>
    private static string[] DropBareBuildParallel(string[] args)
    {
        var build = Array.IndexOf(args, "build");
        if (build < 0)
        {
            return args;
        }

        return [.. args.Where((arg, i) => !(i > build && arg == "--parallel" && (i + 1 == args.Length || !int.TryParse(args[i + 1], out _))))];
    }

    /// <summary>
    /// <c>--dry-run up</c> means <c>up --dry-run</c>: a command that has its own <c>--dry-run</c> gets the global one
    /// given before its name, so it is never silently ignored.
    /// </summary>
    private static string[] LocalizeDryRun(string[] args, RootCommand root)
    {
        var dryRun = Array.IndexOf(args, "--dry-run");
        var command = Array.FindIndex(args, a => root.Subcommands.Any(c => c.Name == a));
        if (dryRun < 0 || command < 0 || dryRun > command
            || !root.Subcommands.First(c => c.Name == args[command]).Options.Any(o => o.Name == "--dry-run"))
        {
            return args;
        }

        List<string> moved = [.. args];
        moved.RemoveAt(dryRun);
        moved.Insert(command, "--dry-run");
        return [.. moved];
    }

    private static string[] SeparatePassThrough(string[] args, RootCommand root)
    {
        Command current = root;
        var recursive = new List<Option>(root.Options.Where(o => o.Recursive));
        for (var i = 0; i < args.Length; i++)
        {
            var token = args[i];
            if (token == "--")
            {
                return args;
            }

            if (token.StartsWith('-') && token.Length > 1)
            {
                i += TakesValue(token, current, recursive) ? 1 : 0;
                continue;
            }

            if (current.Subcommands.FirstOrDefault(c => c.Name == token || c.Aliases.Contains(token)) is { } subcommand)
            {
                current = subcommand;
                recursive.AddRange(subcommand.Options.Where(o => o.Recursive));
                continue;
            }

            var alreadySeparated = i + 1 < args.Length && args[i + 1] == "--";
            return PassThroughCommands.Contains(current.Name) && !alreadySeparated ? [.. args[..(i + 1)], "--", .. args[(i + 1)..]] : args;
        }

        return args;
    }

    /// <summary>Whether the option is one that takes a value in the next token (<c>-e KEY=V</c>, not <c>-e=KEY=V</c> or <c>-d</c>).</summary>
    private static bool TakesValue(string token, Command command, List<Option> recursive)
    {
        if (token.Contains('='))
        {
            return false;
        }

        var option = command.Options.Concat(recursive).FirstOrDefault(o => o.Name == token || o.Aliases.Contains(token));
        return option is not null && option.ValueType != typeof(bool) && option.Arity.MaximumNumberOfValues > 0;
    }
}
