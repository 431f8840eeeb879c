using System.Collections.Immutable;

namespace Compose.Model;

/// <summary><c>develop:</c> settings for <c>watch</c>.</summary>
public sealed record DevelopConfig
{
    public ImmutableArray<WatchRule> Watch { get; init; } = [];
}
