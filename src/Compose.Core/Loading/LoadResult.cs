using System.Collections.Immutable;
using Compose.Model;

namespace Compose.Loading;

/// <summary>The loaded project and the warnings the user should see (unset variables, obsolete keys).</summary>
public sealed record LoadResult(Project Project, ImmutableArray<string> Warnings);
