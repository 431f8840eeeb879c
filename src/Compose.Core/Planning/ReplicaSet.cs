using System.Collections.Immutable;
using Compose.Observing;
using Compose.Runtime;

namespace Compose.Planning;

/// <summary>
/// A service's existing containers sorted against the wanted replica count: the ones that stay (the lowest numbers),
/// the surplus of a scale-down (highest numbers first), leftovers of an interrupted recreate (a second container
/// with the same number), and the numbers to create (continuing after the highest number in use).
/// </summary>
internal sealed record ReplicaSet(
    ImmutableSortedDictionary<int, ContainerInfo> Kept,
    ImmutableArray<ContainerInfo> Surplus,
    ImmutableArray<ContainerInfo> Leftovers,
    ImmutableArray<int> NewNumbers)
{
    /// <param name="containers">The service's containers (not one-off ones).</param>
    /// <param name="wanted">The replica count.</param>
    /// <param name="finalName">The name each number's container should have.</param>
    public static ReplicaSet Of(ImmutableArray<ContainerInfo> containers, int wanted, Func<int, string> finalName)
    {
        var byNumber = containers
            .Where(c => ContainerFacts.NumberOf(c) > 0)
            .GroupBy(ContainerFacts.NumberOf)
            .OrderBy(g => g.Key)
            .ToList();
        var leftovers = ImmutableArray.CreateBuilder<ContainerInfo>();
        var primaries = new List<(int Number, ContainerInfo Container)>();
        foreach (var group in byNumber)
        {
            var primary = Primary(group, finalName(group.Key));
            primaries.Add((group.Key, primary));
            leftovers.AddRange(group.Where(c => c != primary));
        }

        // Containers without a usable number (hand-made, or labels edited) cannot be matched to a replica.
        leftovers.AddRange(containers.Where(c => ContainerFacts.NumberOf(c) <= 0));
        var kept = primaries.Take(wanted).ToImmutableSortedDictionary(p => p.Number, p => p.Container);
        var surplus = primaries.Skip(wanted).Select(p => p.Container).Reverse();
        var next = primaries.Count == 0 ? 1 : primaries[^1].Number + 1;
        var missing = Math.Max(0, wanted - kept.Count);
        return new ReplicaSet(kept, [.. surplus], leftovers.ToImmutable(), [.. Enumerable.Range(next, missing)]);
    }

    /// <summary>
    /// After an interrupted recreate a number can have the old container (final name) and its replacement (temporary
    /// name): the one with the final name is the replica; without one, the newest.
    /// </summary>
    private static ContainerInfo Primary(IEnumerable<ContainerInfo> group, string finalName) =>
        group.OrderByDescending(c => c.Name == finalName)
            .ThenByDescending(c => c.Created)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .First();
}
