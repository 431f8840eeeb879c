namespace Compose.Runtime;

/// <summary>Who the driver talks to, what it can do, and everything of a project in one round trip.</summary>
public interface IRuntimeEngine
{
    /// <summary>The engine's name, version and the negotiated API version.</summary>
    Task<EngineInfo> GetEngineInfoAsync(CancellationToken cancellationToken);

    /// <summary>What this driver (and the engine behind it) can do; read once and cached by the driver.</summary>
    Task<RuntimeCapabilities> GetCapabilitiesAsync(CancellationToken cancellationToken);

    /// <summary>Everything (containers including stopped ones, networks, volumes) whose labels match, in one round trip.</summary>
    Task<RuntimeSnapshot> SnapshotAsync(LabelFilter labelFilter, CancellationToken cancellationToken);
}
