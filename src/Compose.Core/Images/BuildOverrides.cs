using System.Collections.Immutable;

namespace Compose.Images;

/// <summary>What the command line adds to every <c>build</c> section: <c>--no-cache</c>, <c>--pull</c>, <c>--build-arg</c>.</summary>
public sealed record BuildOverrides
{
    public static BuildOverrides None { get; } = new();

    public bool NoCache { get; init; }

    /// <summary>Always try to pull newer base images.</summary>
    public bool Pull { get; init; }

    /// <summary>Build arguments that replace the files' values (already resolved: <c>--build-arg KEY</c> took the shell's value).</summary>
    public ImmutableSortedDictionary<string, string> Args { get; init; } = ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>Report no build progress (<c>build -q</c>); failures are still reported.</summary>
    public bool Quiet { get; init; }
}
