using System.Collections.Immutable;

namespace Compose.Images;

/// <summary>
/// When images were last pulled, for the <c>daily</c>, <c>weekly</c> and <c>every_&lt;duration&gt;</c> pull policies.
/// The engine does not record it (an image's <c>LastTagTime</c> does not move on a pull), so composectl keeps it.
/// </summary>
public interface IPullHistory
{
    Task<ImmutableArray<PullRecord>> ReadAsync(CancellationToken cancellationToken);

    /// <summary>Records the pulls, replacing older records of the same references.</summary>
    Task RecordAsync(IReadOnlyCollection<PullRecord> pulls, CancellationToken cancellationToken);
}
