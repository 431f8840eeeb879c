namespace Compose.Runtime.Swarm;

public enum SwarmServiceMode
{
    Replicated,
    Global,
    ReplicatedJob,
    GlobalJob,
}
