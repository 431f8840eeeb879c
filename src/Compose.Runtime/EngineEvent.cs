using System.Collections.Immutable;

namespace Compose.Runtime;

/// <summary>
/// One engine event, e.g. type <c>container</c>, action <c>start</c>, <c>die</c>, <c>health_status: healthy</c>.
/// <see cref="Attributes"/> holds the actor's labels and extras such as <c>name</c>, <c>image</c>, <c>exitCode</c>.
/// </summary>
public sealed record EngineEvent(string Type, string Action, string ActorId, ImmutableSortedDictionary<string, string> Attributes, DateTimeOffset Time)
{
    public string? Attribute(string key) => Attributes.TryGetValue(key, out var value) ? value : null;
}
