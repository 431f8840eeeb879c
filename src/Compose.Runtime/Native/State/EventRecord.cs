using System.Collections.Immutable;

namespace Compose.Runtime.Native.State;

/// <summary>One line of a project's event log (JSON lines, appended); <see cref="TimeNano"/> is Unix time in nanoseconds, as the engine's <c>timeNano</c>.</summary>
public sealed record EventRecord(string Type, string Action, string Id, ImmutableSortedDictionary<string, string> Attributes, long TimeNano);
