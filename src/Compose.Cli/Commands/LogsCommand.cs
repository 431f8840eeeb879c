using System.CommandLine;
using System.Globalization;
using Compose.Cli.Formatting;
using Compose.Cli.Rendering;
using Compose.Errors;
using Compose.Operations.Logs;
using Compose.Runtime;

namespace Compose.Cli.Commands;

/// <summary><c>logs [SERVICE...]</c>: the output of the project's containers, prefixed and coloured per service.</summary>
public sealed class LogsCommand : ICliCommand
{
    private readonly Option<bool> _follow = new("--follow", "-f") { Description = "Follow log output" };
    private readonly Option<string> _tail = new("--tail", "-n") { Description = "Number of lines to show from the end of the logs for each container", DefaultValueFactory = _ => "all", HelpName = "N" };
    private readonly Option<string?> _since = new("--since") { Description = "Show logs since timestamp (e.g. 2013-01-02T13:23:37Z) or relative (e.g. 42m for 42 minutes)", HelpName = "TIME" };
    private readonly Option<string?> _until = new("--until") { Description = "Show logs before a timestamp (e.g. 2013-01-02T13:23:37Z) or relative (e.g. 42m for 42 minutes)", HelpName = "TIME" };
    private readonly Option<bool> _timestamps = new("--timestamps", "-t") { Description = "Show timestamps" };
    private readonly Option<bool> _noColor = new("--no-color") { Description = "Produce monochrome output" };
    private readonly Option<bool> _noPrefix = new("--no-log-prefix") { Description = "Don't print prefix in logs" };
    private readonly Option<int?> _index = new("--index") { Description = "Index of the container if service has multiple replicas", HelpName = "N" };
    private readonly Argument<string[]> _services = ServiceArguments.Create();
    private readonly Option<string?> _to = Swarm.SwarmTargetOption.Create();

    public LogsCommand()
    {
        Definition = new Command("logs", "View output from containers") { _follow, _tail, _since, _until, _timestamps, _noColor, _noPrefix, _index, _services, _to };
    }

    public Command Definition { get; }

    public async Task<int> ExecuteAsync(CommandContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        var request = new LogsRequest
        {
            Options = Options(parseResult, context.Time.GetUtcNow()),
            Services = [.. parseResult.GetValue(_services) ?? []],
            Index = parseResult.GetValue(_index),
        };
        if (parseResult.GetValue(_to) is not null)
        {
            return await Swarm.SwarmLogs.RunAsync(context, request.Services, request.Options, !parseResult.GetValue(_noPrefix), cancellationToken).ConfigureAwait(false);
        }

        var scope = await context.ResolveProjectAsync(cancellationToken).ConfigureAwait(false);
        var logs = new LogsOperation(context.Session);
        var selection = await logs.SelectAsync(scope, request, cancellationToken).ConfigureAwait(false);
        var colors = parseResult.GetValue(_noColor) ? ServiceColors.Disabled : context.ColorsFor(selection.Services);
        var sink = new PrefixedLogSink(new LogPrefixer(colors, !parseResult.GetValue(_noPrefix), request.Options.Timestamps), context.Out);
        await logs.StreamAsync(selection, sink, cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    private LogOptions Options(ParseResult parseResult, DateTimeOffset now)
    {
        var tail = parseResult.GetValue(_tail);
        return new LogOptions
        {
            Follow = parseResult.GetValue(_follow),
            Tail = tail is null or "all" or "-1" ? null
                : int.TryParse(tail, NumberStyles.None, CultureInfo.InvariantCulture, out var lines) ? lines
                : throw new UsageException($"--tail '{tail}' is not a number of lines (or 'all')."),
            Since = parseResult.GetValue(_since) is { } since ? TimeArgument.Parse(since, "--since", now) : null,
            Until = parseResult.GetValue(_until) is { } until ? TimeArgument.Parse(until, "--until", now) : null,
            Timestamps = parseResult.GetValue(_timestamps),
        };
    }
}
