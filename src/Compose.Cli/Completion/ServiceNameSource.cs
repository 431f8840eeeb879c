using System.Collections.Immutable;

namespace Compose.Cli.Completion;

/// <summary>The current project's service and profile names for completion, filled in by <see cref="Completer"/> before it asks the parser.</summary>
public sealed class ServiceNameSource
{
    public ImmutableArray<string> Names { get; set; } = [];

    /// <summary>Every profile a service of the project declares (the values <c>--profile</c> can take).</summary>
    public ImmutableArray<string> Profiles { get; set; } = [];
}
