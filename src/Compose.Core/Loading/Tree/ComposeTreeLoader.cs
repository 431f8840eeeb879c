using Compose.Loading.Extends;
using Compose.Loading.Include;
using Compose.Loading.Interpolation;
using Compose.Loading.Merging;
using Compose.Loading.Yaml;

namespace Compose.Loading.Tree;

/// <summary>
/// Turns a list of compose files into one tree: each file is read and interpolated, its <c>extends</c> and then its
/// <c>include</c> are resolved, and the files are merged in order, later over earlier. Included projects go
/// through the same steps with their own scope.
/// </summary>
public sealed class ComposeTreeLoader
{
    private readonly string _workingDirectory;
    private readonly bool _interpolate;
    private readonly UnsetVariables _unset;
    private readonly IncludeResolver _includes;

    public ComposeTreeLoader(string workingDirectory, bool interpolate, UnsetVariables unset)
    {
        _workingDirectory = workingDirectory;
        _interpolate = interpolate;
        _unset = unset;
        _includes = new IncludeResolver(this, workingDirectory);
    }

    /// <summary>
    /// Loads <paramref name="files"/> (absolute paths) as one project. <paramref name="requestedBy"/> holds the
    /// <c>include</c> entries naming them, where a missing file is reported; null for the files the user chose.
    /// </summary>
    public async Task<MappingNode> LoadAsync(IReadOnlyList<string> files, TreeScope scope, IReadOnlyList<ScalarNode>? requestedBy, CancellationToken cancellationToken)
    {
        var reader = new TreeReader(_workingDirectory, _interpolate ? new Interpolator(scope.Variables, _unset) : null);
        var extends = new ExtendsResolver(reader);
        var trees = new List<MappingNode>(files.Count);
        for (var i = 0; i < files.Count; i++)
        {
            var tree = await reader.ReadAsync(files[i], requestedBy?[i], requestedBy is null ? null : "include", cancellationToken).ConfigureAwait(false);
            tree = await extends.ResolveAsync(tree, files[i], scope.BaseDirectory, cancellationToken).ConfigureAwait(false);
            trees.Add(await _includes.ResolveAsync(tree, files[i], scope, cancellationToken).ConfigureAwait(false));
        }

        return OverrideMerger.MergeFiles(trees);
    }
}
