using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Compose.Observing;
using Compose.Runtime;

namespace Compose.Operations.Queries;

/// <summary>
/// What <c>ps</c>, <c>images</c>, <c>top</c>, <c>port</c>, <c>stats</c>, <c>events</c> and <c>ls</c> read: the project's
/// containers (by its label) and what the engine says about them. They change nothing.
/// </summary>
public sealed class ProjectQueries(ComposeSession session)
{
    private ProjectContainers Containers => new(session.Runtime);

    /// <summary>Every container of the project, one-off ones included, running or not; the services named must exist.</summary>
    public Task<ImmutableArray<ContainerInfo>> AllContainersAsync(ProjectScope scope, IReadOnlyCollection<string> services, CancellationToken cancellationToken)
    {
        ProjectContainers.CheckServices(scope, services);
        return Containers.ListAsync(scope.Name, all: true, cancellationToken);
    }

    /// <summary>The named services' containers (all services when none is named), not one-off ones.</summary>
    public Task<ImmutableArray<ContainerInfo>> ServiceContainersAsync(ProjectScope scope, IReadOnlyCollection<string> services, bool all, CancellationToken cancellationToken) =>
        Containers.OfServicesAsync(scope, services, all, cancellationToken);

    /// <summary>One container of a service (see <see cref="ProjectContainers.OneAsync"/>).</summary>
    public Task<ContainerInfo> ContainerAsync(ProjectScope scope, string service, int? index, bool running, CancellationToken cancellationToken) =>
        Containers.OneAsync(scope, service, index, running, cancellationToken);

    /// <summary>The images behind the ids, those the engine still has.</summary>
    public async Task<IReadOnlyDictionary<string, ImageInfo>> ImagesAsync(IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var found = await Task.WhenAll(ids.Distinct(StringComparer.Ordinal).Select(id => session.Runtime.InspectImageAsync(id, cancellationToken))).ConfigureAwait(false);
        return found.OfType<ImageInfo>().ToDictionary(i => i.Id, StringComparer.Ordinal);
    }

    /// <summary>The processes of each running container of the services, in container order.</summary>
    public async Task<IReadOnlyList<(ContainerInfo Container, TopResult Processes)>> TopAsync(ProjectScope scope, IReadOnlyCollection<string> services, CancellationToken cancellationToken)
    {
        var containers = (await ServiceContainersAsync(scope, services, all: false, cancellationToken).ConfigureAwait(false))
            .Where(c => c.State == ContainerState.Running)
            .ToList();
        var results = await Task.WhenAll(containers.Select(c => session.Runtime.TopAsync(c.Id, null, cancellationToken))).ConfigureAwait(false);
        return [.. containers.Zip(results)];
    }

    /// <summary>Resource usage samples of one container: one, or about one a second when <paramref name="stream"/>.</summary>
    public IAsyncEnumerable<ContainerStats> StatsAsync(ContainerInfo container, bool stream, CancellationToken cancellationToken) =>
        session.Runtime.StatsAsync(container.Id, stream, cancellationToken);

    /// <summary>The project's container events as they happen (from <paramref name="since"/>), of the named services only.</summary>
    public async IAsyncEnumerable<EngineEvent> EventsAsync(
        ProjectScope scope, IReadOnlyCollection<string> services, DateTimeOffset? since, DateTimeOffset? until, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ProjectContainers.CheckServices(scope, services);
        var filter = new EventFilter { Labels = LabelFilter.Of(ComposeLabels.Project, scope.Name), Types = ["container"], Since = since, Until = until };
        await foreach (var engineEvent in session.Runtime.EventsAsync(filter, cancellationToken).ConfigureAwait(false))
        {
            if (services.Count == 0 || services.Contains(engineEvent.Attribute(ComposeLabels.Service) ?? ""))
            {
                yield return engineEvent;
            }
        }
    }

    /// <summary>Every compose project on the engine (ours and docker compose's), by the project label on containers, by name.</summary>
    public async Task<ImmutableArray<ProjectSummary>> ProjectsAsync(CancellationToken cancellationToken)
    {
        var containers = await session.Runtime.ListContainersAsync(LabelFilter.Of(ComposeLabels.Project, null), all: true, cancellationToken).ConfigureAwait(false);
        return [.. containers
            .GroupBy(c => c.Label(ComposeLabels.Project)!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ProjectSummary(g.Key, [.. g]))];
    }
}
