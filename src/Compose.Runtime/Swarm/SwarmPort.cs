namespace Compose.Runtime.Swarm;

/// <summary>
/// A published port: <see cref="PublishMode"/> <c>ingress</c> (every node answers on it, the routing mesh) or
/// <c>host</c> (only nodes running a task); <see cref="PublishedPort"/> 0 lets the engine choose.
/// </summary>
public sealed record SwarmPort
{
    public string? Name { get; init; }
    public string Protocol { get; init; } = "tcp";
    public required uint TargetPort { get; init; }
    public uint PublishedPort { get; init; }
    public string PublishMode { get; init; } = "ingress";
}
