using System.CommandLine;
using System.Globalization;
using Compose.Cli.Formatting;
using Compose.Observing;
using Compose.Operations.Queries;
using Compose.Output;
using Compose.Planning;
using Compose.Runtime;

namespace Compose.Cli.Commands;

/// <summary><c>events</c>: the project's container events as they happen, as text or (<c>--json</c>) one object per line.</summary>
public sealed class EventsCommand : ICliCommand
{
    private readonly Option<bool> _json = new("--json") { Description = "Output events as a stream of json objects" };
    private readonly Option<string?> _since = new("--since") { Description = "Show all events created since timestamp", HelpName = "TIME" };
    private readonly Option<string?> _until = new("--until") { Description = "Stream events until this timestamp", HelpName = "TIME" };
    private readonly Argument<string[]> _services = ServiceArguments.Create();

    public EventsCommand()
    {
        Definition = new Command("events", "Receive real time events from containers") { _json, _since, _until, _services };
    }

    public Command Definition { get; }

    public async Task<int> ExecuteAsync(CommandContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        var now = context.Time.GetUtcNow();
        var since = parseResult.GetValue(_since) is { } sinceText ? TimeArgument.Parse(sinceText, "--since", now) : (DateTimeOffset?)null;
        var until = parseResult.GetValue(_until) is { } untilText ? TimeArgument.Parse(untilText, "--until", now) : (DateTimeOffset?)null;
        var scope = await context.ResolveProjectAsync(cancellationToken).ConfigureAwait(false);
        var json = parseResult.GetValue(_json);
        var events = new ProjectQueries(context.Session).EventsAsync(scope, parseResult.GetValue(_services) ?? [], since, until, cancellationToken);
        await foreach (var engineEvent in events.ConfigureAwait(false))
        {
            var service = engineEvent.Attribute(ComposeLabels.Service) ?? "";
            await context.Out.WriteLineAsync(json ? Json(engineEvent, service) : Text(engineEvent)).ConfigureAwait(false);
            await context.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }

    /// <summary>docker compose's JSON: time, type, action, id, service, attributes (labels left out, as it does).</summary>
    public static string Json(EngineEvent engineEvent, string service) => JsonOutput.WriteCompact(new List<KeyValuePair<string, object?>>
    {
        new("time", engineEvent.Time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.ffffff", CultureInfo.InvariantCulture)),
        new("type", engineEvent.Type),
        new("action", engineEvent.Action),
        new("id", engineEvent.ActorId),
        new("service", service),
        new("attributes", Attributes(engineEvent)),
    });

    /// <summary><c>2024-01-02 15:04:05.000000 container start 3f2a… (image=busybox, name=demo-web-1)</c>.</summary>
    public static string Text(EngineEvent engineEvent) =>
        $"{engineEvent.Time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture)} {engineEvent.Type} {engineEvent.Action} {engineEvent.ActorId}"
        + (Attributes(engineEvent) is { Count: > 0 } attributes ? $" ({string.Join(", ", attributes.Select(a => $"{a.Key}={a.Value}"))})" : "");

    private static List<KeyValuePair<string, object?>> Attributes(EngineEvent engineEvent) =>
        [.. engineEvent.Attributes.Where(a => !a.Key.StartsWith(ComposeLabels.Prefix, StringComparison.Ordinal) && a.Key.Contains('.') is false)
            .Select(a => KeyValuePair.Create(a.Key, (object?)a.Value))];
}
