using System.Collections.Immutable;

namespace Compose.Conversion.Kubernetes;

/// <summary>
/// What the manifests embed from outside the compose files, read once before the pure mapping: the contents of the
/// secrets and configs services use, and each service's <c>env_file</c> entries, file by file.
/// </summary>
public sealed record ConversionFiles
{
    public static ConversionFiles Empty { get; } = new();

    /// <summary>Top-level secret key → content (from <c>file:</c> or <c>environment:</c>).</summary>
    public ImmutableSortedDictionary<string, byte[]> Secrets { get; init; } = ImmutableSortedDictionary<string, byte[]>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>Top-level config key → content (from <c>file:</c>, <c>environment:</c> or <c>content:</c>).</summary>
    public ImmutableSortedDictionary<string, byte[]> Configs { get; init; } = ImmutableSortedDictionary<string, byte[]>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>Service → its env files that exist, in order (later ones win, as in compose).</summary>
    public ImmutableSortedDictionary<string, ImmutableArray<EnvFileContent>> EnvFiles { get; init; } =
        ImmutableSortedDictionary<string, ImmutableArray<EnvFileContent>>.Empty.WithComparers(StringComparer.Ordinal);
}
