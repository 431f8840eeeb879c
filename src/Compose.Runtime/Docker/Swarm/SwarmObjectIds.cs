using Compose.Runtime.Errors;
using Compose.Runtime.Swarm;

namespace Compose.Runtime.Docker.Swarm;

/// <summary>The ids of the secrets and configs a spec names: the engine needs both name and id in each reference.</summary>
internal sealed class SwarmObjectIds(IReadOnlyDictionary<(SwarmObjectKind, string), string> ids, string service)
{
    public string Id(SwarmObjectKind kind, string name) =>
        ids.TryGetValue((kind, name), out var id)
            ? id
            : throw new ResourceNotFoundException("create service", service, $"{kind.ToString().ToLowerInvariant()} {name} not found");
}
