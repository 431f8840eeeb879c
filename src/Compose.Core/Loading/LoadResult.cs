using System.Collections.Immutable;
using Compose.Loading.Binding;
using Compose.Model;

namespace Compose.Loading;

/// <summary>The loaded project and the warnings the user should see (unset variables, obsolete keys).</summary>
public sealed record LoadResult(Project Project, ImmutableArray<string> Warnings)
{
    /// <summary>Where each key path of the merged files was written, for errors found after loading.</summary>
    public SourceMap Sources { get; init; } = SourceMap.Empty;

    /// <summary>Every profile any service declares, active or not (<c>config --profiles</c>), sorted.</summary>
    public ImmutableSortedSet<string> AllProfiles { get; init; } = [];

    /// <summary>The profiles that were active: the services of other profiles are not in <see cref="Project"/>.</summary>
    public ImmutableSortedSet<string> ActiveProfiles { get; init; } = [];
}
