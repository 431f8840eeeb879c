using System.Collections.Immutable;

namespace Compose.Images;

/// <summary>What <c>pull</c> did: the images pulled (with their bytes), the warnings to show, the services to build instead.</summary>
public sealed record PullSummary(ImmutableArray<TransferResult> Pulled, ImmutableArray<string> Warnings, ImmutableArray<string> MustBuild)
{
    public long Bytes => Pulled.Sum(p => p.Bytes);
}
