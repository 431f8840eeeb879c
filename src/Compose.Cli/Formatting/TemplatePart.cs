using System.Collections.Immutable;

namespace Compose.Cli.Formatting;

/// <summary>A piece of an <see cref="OutputTemplate"/>: literal text, or an action <c>{{function .Path}}</c>.</summary>
internal abstract record TemplatePart
{
    public sealed record Literal(string Text) : TemplatePart;

    /// <summary><paramref name="Path"/> empty means <c>.</c> (the whole row).</summary>
    public sealed record Action(string? Function, ImmutableArray<string> Path) : TemplatePart;
}
