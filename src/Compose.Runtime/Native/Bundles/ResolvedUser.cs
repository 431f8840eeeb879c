using System.Collections.Immutable;

namespace Compose.Runtime.Native.Bundles;

/// <summary>The numeric identity a container's process runs as, and its home (for <c>HOME</c>).</summary>
internal sealed record ResolvedUser(uint Uid, uint Gid, ImmutableArray<uint> AdditionalGids, string Home)
{
    public static ResolvedUser Root { get; } = new(0, 0, [], "/root");
}
