using System.Collections.Immutable;

namespace Compose.Targets.Swarm.Observing;

/// <summary>What a secret or config holds (the bytes to store) and the digest its versioned name derives from.</summary>
public sealed record ObjectContent(ImmutableArray<byte> Data, string Digest)
{
    /// <summary>Never the data: it may be a secret.</summary>
    public override string ToString() => $"{Data.Length} bytes, sha256:{Digest}";
}
