using System.Collections.Immutable;

namespace Compose.Runtime.Swarm;

/// <summary>
/// A secret or config to create. <see cref="Data"/> is the content (empty when an external <see cref="Driver"/>
/// provides it); <see cref="TemplateDriver"/> names a templating driver (<c>golang</c>).
/// </summary>
public sealed record SwarmObjectSpec
{
    public required string Name { get; init; }
    public ImmutableSortedDictionary<string, string> Labels { get; init; } = ImmutableSortedDictionary<string, string>.Empty;
    public ImmutableArray<byte> Data { get; init; } = [];
    public string? Driver { get; init; }
    public ImmutableSortedDictionary<string, string> DriverOptions { get; init; } = ImmutableSortedDictionary<string, string>.Empty;
    public string? TemplateDriver { get; init; }

    /// <summary>Never the data: a spec may end up in a message or a log.</summary>
    public override string ToString() => $"{Name} ({Data.Length} bytes)";
}
