using System.Collections.Immutable;

namespace Compose.Images;

/// <summary>
/// What the engine has of the images a command needs, taken before deciding: the id behind each reference present,
/// and when composectl last pulled that very image (see <see cref="IPullHistory"/>). Plain data for the pure planner.
/// </summary>
public sealed record LocalImages
{
    public static LocalImages None { get; } = new();

    /// <summary>Reference → image id, for the references the engine has.</summary>
    public ImmutableSortedDictionary<string, string> Ids { get; init; } = ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>Reference → when its current image was last pulled (or found up to date) by composectl; absent when unknown.</summary>
    public ImmutableSortedDictionary<string, DateTimeOffset> LastPulls { get; init; } = ImmutableSortedDictionary<string, DateTimeOffset>.Empty.WithComparers(StringComparer.Ordinal);

    public bool Has(string reference) => Ids.ContainsKey(reference);
}
