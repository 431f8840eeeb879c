using System.Collections.Immutable;
using Compose.Execution;
using Compose.Runtime;

namespace Compose.Images;

/// <summary>What image work runs with: the engine, where progress goes, the pull history, how many at once, the clock.</summary>
public sealed record ImageServices(IContainerRuntime Runtime, IProgressSink Progress, IPullHistory History, int? Parallelism = null, TimeProvider? Clock = null)
{
    public TimeProvider Time => Clock ?? TimeProvider.System;

    internal ImageTransfer Transfer => new(Runtime, Progress, Time);

    internal ImageBuilder Builder => new(Runtime, Progress);

    /// <summary>The id behind each reference the engine has, and when composectl last pulled that very image.</summary>
    internal async Task<LocalImages> InspectAsync(IEnumerable<string> references, CancellationToken cancellationToken)
    {
        var distinct = references.Distinct(StringComparer.Ordinal).ToList();
        var history = History.ReadAsync(cancellationToken);
        var inspected = await Task.WhenAll(distinct.Select(r => Runtime.InspectImageAsync(r, cancellationToken))).ConfigureAwait(false);
        var ids = distinct.Zip(inspected).Where(p => p.Second is not null).ToDictionary(p => p.First, p => p.Second!.Id, StringComparer.Ordinal);
        var pulls = (await history.ConfigureAwait(false)).Where(r => ids.TryGetValue(r.Reference, out var id) && id == r.ImageId);
        return new LocalImages
        {
            Ids = ids.ToImmutableSortedDictionary(StringComparer.Ordinal),
            LastPulls = pulls.ToImmutableSortedDictionary(r => r.Reference, r => r.PulledAt, StringComparer.Ordinal),
        };
    }

    /// <summary>Records successful pulls with the id each now has, for the refreshing pull policies.</summary>
    internal async Task RecordPullsAsync(IEnumerable<string> references, CancellationToken cancellationToken)
    {
        var now = Time.GetUtcNow();
        var records = new List<PullRecord>();
        foreach (var reference in references)
        {
            if (await Runtime.InspectImageAsync(reference, cancellationToken).ConfigureAwait(false) is { } image)
            {
                records.Add(new PullRecord(reference, image.Id, now));
            }
        }

        await History.RecordAsync(records, cancellationToken).ConfigureAwait(false);
    }
}
