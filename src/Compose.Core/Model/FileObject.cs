using System.Collections.Immutable;

namespace Compose.Model;

/// <summary>
/// A top-level secret or config. Exactly one source: <see cref="File"/> (absolute), <see cref="Environment"/>
/// (a variable's name, read at <c>up</c>), <see cref="Content"/> (configs) or <see cref="External"/>.
/// </summary>
public sealed record FileObject
{
    /// <summary>An explicit <c>name:</c> (or legacy <c>external.name</c>); null otherwise.</summary>
    public string? Name { get; init; }

    public string? File { get; init; }
    public string? Environment { get; init; }
    public string? Content { get; init; }
    public bool External { get; init; }
    public ImmutableSortedDictionary<string, string> Labels { get; init; } = ModelMaps.Empty<string>();
    public string? Driver { get; init; }
    public ImmutableSortedDictionary<string, string> DriverOpts { get; init; } = ModelMaps.Empty<string>();
    public string? TemplateDriver { get; init; }
    public ImmutableSortedDictionary<string, object?> Extensions { get; init; } = ModelMaps.Empty<object?>();
}
