using System.Collections.Immutable;
using Compose.Loading.Binding;
using Compose.Model;

namespace Compose.Loading;

/// <summary>The loaded project and the warnings the user should see (unset variables, obsolete keys).</summary>
public sealed record LoadResult(Project Project, ImmutableArray<string> Warnings)
{
    /// <summary>Where each key path of the merged files was written, for errors found after loading.</summary>
    public SourceMap Sources { get; init; } = SourceMap.Empty;
}
