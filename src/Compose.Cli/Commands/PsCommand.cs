using System.CommandLine;
using Compose.Cli.Formatting;
using Compose.Errors;
using Compose.Observing;
using Compose.Operations;
using Compose.Operations.Queries;
using Compose.Planning;
using Compose.Runtime;

namespace Compose.Cli.Commands;

/// <summary><c>ps</c>: list the project's containers (running ones unless <c>-a</c>).</summary>
public sealed class PsCommand : ICliCommand
{
    private static readonly string[] States = ["paused", "restarting", "removing", "running", "dead", "created", "exited"];
    private static readonly RowPrinter Printer = new(
        "table {{.Name}}\t{{.Image}}\t{{.Command}}\t{{.Service}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}", ContainerRow.Headers);

    private readonly Option<bool> _all = new("--all", "-a") { Description = "Show all stopped containers (including those created by the run command)" };
    private readonly Option<bool> _quiet = new("--quiet", "-q") { Description = "Only display IDs" };
    private readonly Option<bool> _services = new("--services") { Description = "Display services" };
    private readonly Option<string[]> _status = new("--status") { Description = "Filter services by status. Values: [paused | restarting | removing | running | dead | created | exited]", HelpName = "STATUS" };
    private readonly Option<string[]> _filter = new("--filter") { Description = "Filter services by a property (supported filters: status)", HelpName = "FILTER" };
    private readonly Option<string?> _format = new("--format") { Description = "Format output: table, json, 'table TEMPLATE' or a Go-style TEMPLATE such as {{.Name}}", HelpName = "FORMAT" };
    private readonly Option<bool> _noTrunc = new("--no-trunc") { Description = "Don't truncate output" };
    private readonly Option<bool> _orphans = new("--orphans") { Description = "Include orphaned services (not declared by project)", DefaultValueFactory = _ => true, Arity = ArgumentArity.ZeroOrOne };
    private readonly Argument<string[]> _serviceNames = ServiceArguments.Create();
    private readonly Option<string?> _to = Swarm.SwarmTargetOption.Create();

    public PsCommand()
    {
        _status.AcceptOnlyFromAmong(States);
        Definition = new Command("ps", "List containers") { _all, _quiet, _services, _status, _filter, _format, _noTrunc, _orphans, _serviceNames, _to };
    }

    public Command Definition { get; }

    public async Task<int> ExecuteAsync(CommandContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        if (parseResult.GetValue(_to) is not null)
        {
            return await Swarm.SwarmPs.RunAsync(context, parseResult.GetValue(_serviceNames) ?? [], parseResult.GetValue(_all), parseResult.GetValue(_quiet),
                parseResult.GetValue(_format), parseResult.GetValue(_noTrunc), cancellationToken).ConfigureAwait(false);
        }

        var statuses = Statuses(parseResult);
        var scope = await context.ResolveProjectAsync(cancellationToken).ConfigureAwait(false);
        var services = parseResult.GetValue(_serviceNames) ?? [];
        var all = parseResult.GetValue(_all);
        var known = parseResult.GetValue(_orphans) ? null : scope.KnownServices;
        var containers = (await new ProjectQueries(context.Session).AllContainersAsync(scope, services, cancellationToken).ConfigureAwait(false))
            .Where(c => all || !ContainerFacts.IsOneOff(c))
            .Where(c => statuses.Count > 0 ? statuses.Contains(c.State.ToString().ToLowerInvariant()) : all || ContainerFacts.IsUp(c))
            .Where(c => ProjectContainers.IsInServices(c, services))
            .Where(c => known is null || known.Contains(ProjectContainers.ServiceOf(c)))
            .ToList();

        if (parseResult.GetValue(_quiet))
        {
            await context.Out.WriteAsync(string.Concat(containers.Select(c => c.Id + "\n"))).ConfigureAwait(false);
        }
        else if (parseResult.GetValue(_services))
        {
            await context.Out.WriteAsync(string.Concat(containers.Select(ProjectContainers.ServiceOf).Distinct().Select(s => s + "\n"))).ConfigureAwait(false);
        }
        else
        {
            var now = context.Time.GetUtcNow();
            var format = parseResult.GetValue(_format);
            var rows = containers.Select(c => ContainerRow.From(c, now, parseResult.GetValue(_noTrunc))).ToList();
            await context.Out.WriteAsync(Printer.Print(format, rows)).ConfigureAwait(false);
            if (format is null or "table" && Reconcile.ReconcileStatusText.Running(context, scope.Name) is { } loop)
            {
                // For people, not for the pipe: a loop that keeps this stack converged, and what it backs off from.
                await context.Error.WriteLineAsync(Reconcile.ReconcileStatusText.Line(loop, now)).ConfigureAwait(false);
            }
        }

        return ExitCodes.Success;
    }

    /// <summary><c>--status</c> values and <c>--filter status=…</c> together; other filters are usage errors.</summary>
    private HashSet<string> Statuses(ParseResult parseResult)
    {
        var statuses = new HashSet<string>(parseResult.GetValue(_status) ?? [], StringComparer.Ordinal);
        foreach (var filter in parseResult.GetValue(_filter) ?? [])
        {
            var (key, value) = filter.Split('=', 2) is [var k, var v] ? (k, v) : (filter, "");
            if (key != "status" || !States.Contains(value))
            {
                throw new UsageException($"invalid filter '{filter}': ps supports status=<{string.Join('|', States)}>.");
            }

            statuses.Add(value);
        }

        return statuses;
    }
}
