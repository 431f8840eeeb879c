using System.Text.Json.Serialization;
using Compose.Runtime.Swarm;

namespace Compose.Targets.Swarm.Planning;

/// <summary>
/// Source-generated (reflection-free) serialization of service specs, for their digest and their comparison:
/// properties in declaration order, maps ordinal, unset values left out, so equal intents give equal bytes.
/// </summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, IgnoreReadOnlyProperties = true)]
[JsonSerializable(typeof(SwarmServiceSpec))]
[JsonSerializable(typeof(SwarmContainerSpec))]
internal sealed partial class SwarmSpecJsonContext : JsonSerializerContext;
