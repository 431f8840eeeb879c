using Compose.Model;

namespace Compose.Targets.Swarm.Mapping;

/// <summary>
/// One compose service key swarm cannot honour: where it is written (<see cref="Key"/>, under <c>services.NAME</c>),
/// whether the service uses it, and why it is ignored or refused, in words that say what to do instead.
/// </summary>
public sealed record SwarmKeyRule(string Key, Func<Service, bool> IsUsed, SwarmKeyVerdict Verdict, string Reason);
