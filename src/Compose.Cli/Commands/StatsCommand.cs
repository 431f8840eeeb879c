using System.Collections.Concurrent;
using System.CommandLine;
using Compose.Cli.Formatting;
using Compose.Observing;
using Compose.Operations.Queries;
using Compose.Planning;
using Compose.Runtime;

namespace Compose.Cli.Commands;

/// <summary>
/// <c>stats</c>: resource usage of the project's containers. Streams (redrawing the table about once a second on a
/// terminal, appending it otherwise) unless <c>--no-stream</c>, which prints one sample per container.
/// </summary>
public sealed class StatsCommand : ICliCommand
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);
    private static readonly RowPrinter Printer = new(
        "table {{.ID}}\t{{.Name}}\t{{.CPUPerc}}\t{{.MemUsage}}\t{{.MemPerc}}\t{{.NetIO}}\t{{.BlockIO}}\t{{.PIDs}}", StatsRow.Headers);

    private readonly Option<bool> _all = new("--all", "-a") { Description = "Show all containers (default shows just running)" };
    private readonly Option<bool> _noStream = new("--no-stream") { Description = "Disable streaming stats and only pull the first result" };
    private readonly Option<bool> _noTrunc = new("--no-trunc") { Description = "Do not truncate output" };
    private readonly Option<string?> _format = new("--format") { Description = "Format output: table, json or a TEMPLATE", HelpName = "FORMAT" };
    private readonly Argument<string[]> _services = ServiceArguments.Create();

    public StatsCommand()
    {
        Definition = new Command("stats", "Display a live stream of container(s) resource usage statistics") { _all, _noStream, _noTrunc, _format, _services };
    }

    public Command Definition { get; }

    public async Task<int> ExecuteAsync(CommandContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        var scope = await context.ResolveProjectAsync(cancellationToken).ConfigureAwait(false);
        var queries = new ProjectQueries(context.Session);
        var containers = (await queries.ServiceContainersAsync(scope, parseResult.GetValue(_services) ?? [], parseResult.GetValue(_all), cancellationToken).ConfigureAwait(false)).ToList();
        var latest = new ConcurrentDictionary<string, List<KeyValuePair<string, object?>>>(StringComparer.Ordinal);
        var noTrunc = parseResult.GetValue(_noTrunc);
        var stream = !parseResult.GetValue(_noStream);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var readers = containers.Select(c => ReadAsync(queries, c, stream, noTrunc, latest, stop.Token)).ToList();
        var format = parseResult.GetValue(_format);
        if (!stream)
        {
            await Task.WhenAll(readers).ConfigureAwait(false);
            await context.Out.WriteAsync(Print(containers, latest, format)).ConfigureAwait(false);
            return ExitCodes.Success;
        }

        try
        {
            await DrawUntilCancelledAsync(context, containers, latest, format, stop.Token).ConfigureAwait(false);
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await Task.WhenAll(readers.Select(r => r.ContinueWith(_ => { }, TaskScheduler.Default))).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }

    private static async Task DrawUntilCancelledAsync(
        CommandContext context, List<ContainerInfo> containers, ConcurrentDictionary<string, List<KeyValuePair<string, object?>>> latest, string? format, CancellationToken cancellationToken)
    {
        var redraw = context.Environment.OutIsTerminal;
        while (!cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(Interval, context.Time, cancellationToken).ConfigureAwait(false);
            // On a terminal the table replaces itself (clear screen, cursor home), as docker stats does.
            await context.Out.WriteAsync((redraw ? "\u001b[2J\u001b[H" : "") + Print(containers, latest, format)).ConfigureAwait(false);
            await context.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static string Print(List<ContainerInfo> containers, ConcurrentDictionary<string, List<KeyValuePair<string, object?>>> latest, string? format) =>
        Printer.Print(format, [.. containers.Where(c => latest.ContainsKey(c.Id)).Select(c => latest[c.Id])]);

    private static async Task ReadAsync(
        ProjectQueries queries, ContainerInfo container, bool stream, bool noTrunc,
        ConcurrentDictionary<string, List<KeyValuePair<string, object?>>> latest, CancellationToken cancellationToken)
    {
        await foreach (var sample in queries.StatsAsync(container, stream, cancellationToken).ConfigureAwait(false))
        {
            latest[container.Id] = StatsRow.From(container.Name, sample, noTrunc);
        }
    }
}
