namespace Compose.Targets.Swarm.Mapping;

/// <summary>What becomes of a compose key on a swarm: <see cref="Ignored"/> keys are warned about, <see cref="Refused"/> ones stop the deploy.</summary>
public enum SwarmKeyVerdict
{
    Ignored,
    Refused,
}
