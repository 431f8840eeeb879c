using System.Collections.Immutable;

namespace Compose.Cli.Completion;

/// <summary>The current project's service names for completion, filled in by <see cref="Completer"/> before it asks the parser.</summary>
public sealed class ServiceNameSource
{
    public ImmutableArray<string> Names { get; set; } = [];
}
