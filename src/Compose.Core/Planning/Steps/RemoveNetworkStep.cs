namespace Compose.Planning.Steps;

public sealed record RemoveNetworkStep : PlanStep
{
    public required string NetworkName { get; init; }

    /// <summary>Set when several networks share <see cref="NetworkName"/>: the engine is then told which one by its id.</summary>
    public string? NetworkId { get; init; }

    /// <summary>
    /// On <c>down</c>, a network a container of another project (or one started by hand) still uses is kept with a
    /// warning, as docker compose does: that container is not ours to disconnect.
    /// </summary>
    public bool KeepWhenInUse { get; init; }
}
