using System.Collections.Concurrent;
using System.Collections.Immutable;
using Compose.Images;

namespace Compose.TestSupport.Fakes;

/// <summary>A pull history in memory.</summary>
public sealed class FakePullHistory : IPullHistory
{
    private readonly ConcurrentDictionary<string, PullRecord> _records = new();

    public IReadOnlyCollection<PullRecord> Records => [.. _records.Values];

    public void Seed(PullRecord record) => _records[record.Reference] = record;

    public Task<ImmutableArray<PullRecord>> ReadAsync(CancellationToken cancellationToken) => Task.FromResult<ImmutableArray<PullRecord>>([.. _records.Values]);

    public Task RecordAsync(IReadOnlyCollection<PullRecord> pulls, CancellationToken cancellationToken)
    {
        foreach (var pull in pulls)
        {
            _records[pull.Reference] = pull;
        }

        return Task.CompletedTask;
    }
}
