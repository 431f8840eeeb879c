using System.CommandLine;
using Compose.Cli.Formatting;
using Compose.Errors;
using Compose.Observing;
using Compose.Operations.Queries;
using Compose.Planning;
using Compose.Runtime;

namespace Compose.Cli.Commands;

/// <summary>
/// <c>ls</c>: every compose project on the engine, found by the project label on containers (ours and docker
/// compose's alike), with state counts and config files. Needs no compose file.
/// </summary>
public sealed class LsCommand : ICliCommand
{
    private static readonly RowPrinter Printer = new(
        "table {{.Name}}\t{{.Status}}\t{{.ConfigFiles}}",
        new Dictionary<string, string>(StringComparer.Ordinal) { ["ConfigFiles"] = "CONFIG FILES" },
        jsonArray: true);

    private readonly Option<bool> _all = new("--all", "-a") { Description = "Show all stopped Compose projects" };
    private readonly Option<bool> _quiet = new("--quiet", "-q") { Description = "Only display project names" };
    private readonly Option<string[]> _filter = new("--filter") { Description = "Filter output based on conditions provided (name=…)", HelpName = "FILTER" };
    private readonly Option<string?> _format = new("--format") { Description = "Format the output: table, json or a TEMPLATE", HelpName = "FORMAT" };

    public LsCommand()
    {
        Definition = new Command("ls", "List running compose projects") { _all, _quiet, _filter, _format };
    }

    public Command Definition { get; }

    public async Task<int> ExecuteAsync(CommandContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        var names = NameFilters(parseResult);
        var projects = (await new ProjectQueries(context.Session).ProjectsAsync(cancellationToken).ConfigureAwait(false))
            .Where(p => parseResult.GetValue(_all) || p.IsRunning)
            .Where(p => names.Count == 0 || names.Any(n => p.Name.Contains(n, StringComparison.Ordinal)))
            .ToList();

        if (parseResult.GetValue(_quiet))
        {
            await context.Out.WriteAsync(string.Concat(projects.Select(p => p.Name + "\n"))).ConfigureAwait(false);
            return ExitCodes.Success;
        }

        var rows = projects.Select(p => new List<KeyValuePair<string, object?>>
        {
            new("Name", p.Name),
            new("Status", p.Status),
            new("ConfigFiles", p.ConfigFiles),
        }).ToList();
        await context.Out.WriteAsync(Printer.Print(parseResult.GetValue(_format), rows)).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    private List<string> NameFilters(ParseResult parseResult) =>
        [.. (parseResult.GetValue(_filter) ?? []).Select(f => f.StartsWith("name=", StringComparison.Ordinal)
            ? f["name=".Length..]
            : throw new UsageException($"invalid filter '{f}': ls supports name=<project>."))];
}
