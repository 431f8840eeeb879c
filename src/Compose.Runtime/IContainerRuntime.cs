namespace Compose.Runtime;

/// <summary>
/// The in-process runtime library's single entry point: creates networks, volumes and containers from
/// runtime-neutral specs and reports what exists. It knows nothing of compose files or services; the only compose
/// notion it has is "resources carrying a label" for snapshots and filters. Split by resource over several files.
/// Every failure the user can act on is a <see cref="Errors.ContainerRuntimeException"/>.
/// </summary>
public partial interface IContainerRuntime : IAsyncDisposable
{
    /// <summary>The engine's name, version and the negotiated API version.</summary>
    Task<EngineInfo> GetEngineInfoAsync(CancellationToken cancellationToken);

    /// <summary>Everything (containers including stopped ones, networks, volumes) whose labels match, in one round trip.</summary>
    Task<RuntimeSnapshot> SnapshotAsync(LabelFilter labelFilter, CancellationToken cancellationToken);

    /// <summary>
    /// Engine events as they happen (and from <see cref="EventFilter.Since"/> when set), until cancelled.
    /// </summary>
    IAsyncEnumerable<EngineEvent> EventsAsync(EventFilter filter, CancellationToken cancellationToken);
}
