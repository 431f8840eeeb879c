using System.Globalization;
using Compose.Observing;
using Compose.Runtime;

namespace Compose.Operations.Logs;

/// <summary>
/// <c>logs</c>: the output of the project's service containers (not one-off ones), streamed together; with
/// <c>--follow</c> also of the containers of the selection that start later.
/// </summary>
public sealed class LogsOperation(ComposeSession session)
{
    public async Task<LogSelection> SelectAsync(ProjectScope scope, LogsRequest request, CancellationToken cancellationToken)
    {
        var containers = (await new ProjectContainers(session.Runtime).OfServicesAsync(scope, request.Services, all: true, cancellationToken).ConfigureAwait(false))
            .Where(c => request.Index is null || ContainerFacts.NumberOf(c) == request.Index)
            .ToList();
        var services = scope.KnownServices ?? containers.Select(ProjectContainers.ServiceOf).ToHashSet(StringComparer.Ordinal);
        var sources = containers.Select(c => LogSource.For(scope.Name, c.Id, c.Name, ProjectContainers.ServiceOf(c))).ToList();
        return new LogSelection(scope, request, [.. sources], services);
    }

    public Task StreamAsync(LogSelection selection, ILogSink sink, CancellationToken cancellationToken)
    {
        var project = selection.Scope.Name;
        var request = selection.Request;
        return new LogStreamer(session, sink, request.Options).RunAsync(
            selection.Sources,
            LabelFilter.Of(ComposeLabels.Project, project),
            e => IsSelected(e, request)
                ? LogSource.For(project, e.ActorId, e.Attribute("name") ?? e.ActorId, e.Attribute(ComposeLabels.Service) ?? "")
                : null,
            keepFollowing: CancellationToken.None,
            cancellationToken);
    }

    private static bool IsSelected(EngineEvent engineEvent, LogsRequest request) =>
        !string.Equals(engineEvent.Attribute(ComposeLabels.OneOff), ComposeLabels.True, StringComparison.OrdinalIgnoreCase)
        && (request.Services.IsEmpty || request.Services.Contains(engineEvent.Attribute(ComposeLabels.Service) ?? ""))
        && (request.Index is null || engineEvent.Attribute(ComposeLabels.ContainerNumber) == request.Index.Value.ToString(CultureInfo.InvariantCulture));
}
