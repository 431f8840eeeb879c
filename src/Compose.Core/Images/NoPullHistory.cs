using System.Collections.Immutable;

namespace Compose.Images;

/// <summary>No place to keep a history (no home directory): every refreshing policy then pulls.</summary>
public sealed class NoPullHistory : IPullHistory
{
    public static NoPullHistory Instance { get; } = new();

    public Task<ImmutableArray<PullRecord>> ReadAsync(CancellationToken cancellationToken) => Task.FromResult(ImmutableArray<PullRecord>.Empty);

    public Task RecordAsync(IReadOnlyCollection<PullRecord> pulls, CancellationToken cancellationToken) => Task.CompletedTask;
}
