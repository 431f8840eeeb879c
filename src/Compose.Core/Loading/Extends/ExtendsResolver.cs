using System.Collections.Immutable;
using Compose.Errors;
using Compose.Loading.Files;
using Compose.Loading.Merging;
using Compose.Loading.Paths;
using Compose.Loading.Tree;
using Compose.Loading.Yaml;

namespace Compose.Loading.Extends;

/// <summary>
/// Resolves <c>extends</c> in one file's services: the extended service (from the same file, or from another file
/// read with the same variables) is merged under the extending one by the merge rules, chains are followed, and
/// cycles are refused naming the chain. A service taken from another file first gets its relative paths made
/// absolute against that file's directory. One resolver serves one variable scope and remembers what it resolved.
/// </summary>
public sealed class ExtendsResolver(TreeReader reader)
{
    private readonly Dictionary<ServiceKey, Node> _resolved = [];

    /// <summary>The file's tree with every service's <c>extends</c> resolved and removed.</summary>
    public async Task<MappingNode> ResolveAsync(MappingNode tree, string file, string baseDirectory, CancellationToken cancellationToken)
    {
        if (tree["services"] is not MappingNode services || !services.Entries.Any(e => e.Value is MappingNode m && m["extends"] is not null))
        {
            return tree;
        }

        var scope = new FileServices(file, baseDirectory, services);
        var entries = ImmutableArray.CreateBuilder<NodeEntry>(services.Entries.Length);
        foreach (var entry in services.Entries)
        {
            var resolved = await ResolveAsync(scope, entry.Key.Value, [], cancellationToken).ConfigureAwait(false);
            entries.Add(new NodeEntry(entry.Key, resolved));
        }

        return tree.With(tree.Entries.First(e => e.Key.Value == "services").Key, services.WithEntries(entries.MoveToImmutable()));
    }

    private async Task<Node> ResolveAsync(FileServices scope, string name, ImmutableList<ServiceKey> chain, CancellationToken cancellationToken)
    {
        var key = new ServiceKey(scope.File, name);
        if (_resolved.TryGetValue(key, out var done))
        {
            return done;
        }

        var node = scope.Services[name]!;
        if (node is not MappingNode service || service["extends"] is not { } extends)
        {
            return _resolved[key] = node;
        }

        var path = $"services.{name}.extends";
        var reference = ExtendsReference.Parse(extends, path);
        var target = reference.File is null ? scope : await ReadAsync(reference.File, scope, path, cancellationToken).ConfigureAwait(false);
        chain = chain.Add(key);
        Check(reference, target, chain, path);
        var baseNode = await ResolveAsync(target, reference.Service, chain, cancellationToken).ConfigureAwait(false);
        if (!ReferenceEquals(target, scope))
        {
            baseNode = RelativePaths.RebaseService(baseNode, Path.GetDirectoryName(target.File)!);
        }

        var merged = OverrideMerger.MergeLayer(AsMapping(baseNode), service.Without("extends"), TreePath.Of("services", name));
        return _resolved[key] = merged ?? new MappingNode(service.Location, []);
    }

    private void Check(ExtendsReference reference, FileServices target, ImmutableList<ServiceKey> chain, string path)
    {
        var targetKey = new ServiceKey(target.File, reference.Service);
        if (chain.Contains(targetKey))
        {
            var names = chain.SkipWhile(k => k != targetKey).Append(targetKey).Select(k => $"{k.Service} ({reader.Display(k.File)})");
            throw new ComposeFileException(reference.Node.Location, path,
                $"extends cycle: {string.Join(" -> ", names)}; a service cannot extend itself, directly or through others.");
        }

        if (target.Services[reference.Service] is null)
        {
            var where = reference.File is null ? "this file" : reader.Display(target.File);
            throw new ComposeFileException(reference.Node.Location, path,
                $"cannot extend service \"{reference.Service}\": no such service in {where}.");
        }
    }

    private async Task<FileServices> ReadAsync(ScalarNode fileNode, FileServices from, string path, CancellationToken cancellationToken)
    {
        var file = PathCharacters.FullPath(fileNode.Value, from.BaseDirectory, fileNode.Location, $"{path}.file");
        var tree = await reader.ReadAsync(file, fileNode, $"{path}.file", cancellationToken).ConfigureAwait(false);
        if (tree["services"] is not MappingNode services)
        {
            throw new ComposeFileException(fileNode.Location, $"{path}.file", $"{reader.Display(file)} has no services section to extend from.");
        }

        // Relative references inside the extended file (its own extends.file) mean its own directory.
        return new FileServices(file, Path.GetDirectoryName(file)!, services);
    }

    private static Node AsMapping(Node node) => node is ScalarNode { IsNull: true } ? new MappingNode(node.Location, []) : node;

    private sealed record FileServices(string File, string BaseDirectory, MappingNode Services);
}
