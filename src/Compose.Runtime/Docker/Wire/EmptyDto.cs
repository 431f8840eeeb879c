namespace Compose.Runtime.Docker.Wire;

/// <summary>The engine's <c>{}</c> values (exposed ports are a map to empty objects).</summary>
internal sealed class EmptyDto;
