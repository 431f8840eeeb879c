namespace Compose.Model;

/// <summary>A swarm generic resource (<c>discrete_resource_spec: {kind, value}</c>).</summary>
public sealed record GenericResource(string Kind, long Value);
