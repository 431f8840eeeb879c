namespace Compose.Runtime.Swarm;

public enum SwarmObjectKind
{
    Secret,
    Config,
}
