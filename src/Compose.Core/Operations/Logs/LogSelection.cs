using System.Collections.Immutable;

namespace Compose.Operations.Logs;

/// <summary>The containers whose logs are printed now, and every service of the project (so colours are stable).</summary>
public sealed record LogSelection(ProjectScope Scope, LogsRequest Request, ImmutableArray<LogSource> Sources, IReadOnlySet<string> Services);
