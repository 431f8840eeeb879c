using Compose.Errors;
using Compose.Loading.Files;
using Compose.Loading.Interpolation;
using Compose.Loading.Yaml;

namespace Compose.Loading.Tree;

/// <summary>
/// Reads compose files for one variable scope: parsed (<see cref="YamlReader"/>) and interpolated (unless
/// interpolation is off), each file once. Paths in messages are shown relative to the working directory.
/// </summary>
public sealed class TreeReader(string workingDirectory, Interpolator? interpolator)
{
    private readonly Dictionary<string, MappingNode> _trees = new(StringComparer.Ordinal);

    public string Display(string path) => DisplayPaths.For(path, workingDirectory);

    /// <summary>
    /// The file's tree. <paramref name="requestedBy"/> (an <c>extends.file</c> or <c>include</c> entry, with its key
    /// path) is where a missing file is reported; null for the files the user passed.
    /// </summary>
    public async Task<MappingNode> ReadAsync(string path, Node? requestedBy, string? keyPath, CancellationToken cancellationToken)
    {
        if (_trees.TryGetValue(path, out var cached))
        {
            return cached;
        }

        var file = new SourceFile(path, Display(path), requestedBy?.Location, requestedBy is null ? null : keyPath);
        if (!file.Exists())
        {
            throw file.Problem($"{file.Display}: no such file; check the path.");
        }

        var text = await file.ReadTextAsync(cancellationToken).ConfigureAwait(false);
        var root = YamlReader.Read(Display(path), text);
        if (root is not MappingNode mapping)
        {
            throw new ComposeFileException(root.Location, null, $"the top level of a compose file must be a mapping (services:, networks:, ...), found {root.KindName}.");
        }

        return _trees[path] = interpolator is null ? mapping : (MappingNode)interpolator.Interpolate(mapping);
    }
}
