using System.Collections.Immutable;
using Compose.Runtime;

namespace Compose.Operations.Logs;

/// <summary>Whose logs <c>logs</c> prints, and how (follow, tail, since, until, timestamps).</summary>
public sealed record LogsRequest
{
    public ImmutableArray<string> Services { get; init; } = [];

    /// <summary><c>--index</c>: only that replica number.</summary>
    public int? Index { get; init; }

    public LogOptions Options { get; init; } = new();
}
