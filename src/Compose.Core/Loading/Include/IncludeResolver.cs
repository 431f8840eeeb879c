using Compose.Errors;
using Compose.Loading.Files;
using Compose.Loading.Interpolation;
using Compose.Loading.Paths;
using Compose.Loading.Tree;
using Compose.Loading.Yaml;

namespace Compose.Loading.Include;

/// <summary>
/// Resolves a file's <c>include</c>: each entry is loaded as its own project (its files merged, with its own project
/// directory and <c>.env</c>, the including project's variables winning), its relative paths made absolute against
/// that directory, and its resources copied in. Include cycles are refused naming the chain.
/// </summary>
public sealed class IncludeResolver(ComposeTreeLoader loader, string workingDirectory)
{
    public async Task<MappingNode> ResolveAsync(MappingNode tree, string file, TreeScope scope, CancellationToken cancellationToken)
    {
        if (tree["include"] is not { } include)
        {
            return tree;
        }

        var imported = new ImportedResources();
        foreach (var entry in IncludeEntry.ParseAll(include))
        {
            var paths = entry.Paths.Select(p => PathCharacters.FullPath(p.Value, scope.BaseDirectory, p.Location, "include")).ToArray();
            CheckCycle(entry, paths, file, scope);
            var directory = entry.ProjectDirectory is { } dir ? PathCharacters.FullPath(dir.Value, scope.BaseDirectory, dir.Location, "include.project_directory") : Path.GetDirectoryName(paths[0])!;
            var variables = await VariablesAsync(entry, scope, directory, cancellationToken).ConfigureAwait(false);
            var included = await loader.LoadAsync(paths, new TreeScope(variables, directory, scope.IncludedFrom.Add(file)), entry.Paths, cancellationToken).ConfigureAwait(false);
            imported.Add(RelativePaths.RebaseProject(included, directory), Display(paths[0]));
        }

        return imported.ApplyTo(tree.Without("include"));
    }

    /// <summary>
    /// Refuses a file that includes itself, directly or through others. Paths are compared physically (symlinks
    /// resolved), so a directory symlink pointing up (<c>sub/parent -&gt; ..</c>) is a cycle, not an endless descent.
    /// </summary>
    private void CheckCycle(IncludeEntry entry, string[] paths, string file, TreeScope scope)
    {
        var chain = scope.IncludedFrom.Add(file);
        var physicalChain = chain.Select(PhysicalPath.Of).ToList();
        for (var i = 0; i < paths.Length; i++)
        {
            var start = physicalChain.IndexOf(PhysicalPath.Of(paths[i]));
            if (start >= 0)
            {
                var names = chain.Skip(start).Append(paths[i]).Select(Display);
                throw new ComposeFileException(entry.Paths[i].Location, "include",
                    $"include cycle: {string.Join(" -> ", names)}; a file cannot include itself, directly or through others.");
            }
        }
    }

    /// <summary>
    /// The included project's variables: its env files (<c>env_file</c>, else <c>.env</c> in its project directory)
    /// fill in what the including project leaves unset.
    /// </summary>
    private async Task<VariableSource> VariablesAsync(IncludeEntry entry, TreeScope scope, string directory, CancellationToken cancellationToken)
    {
        var files = entry.EnvFiles.IsEmpty
            ? [(Path.Combine(directory, ".env"), (ScalarNode?)null)]
            : entry.EnvFiles.Where(f => f.Value != "/dev/null").Select(f => (PathCharacters.FullPath(f.Value, scope.BaseDirectory, f.Location, "include.env_file"), (ScalarNode?)f)).ToList();
        var fromFiles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, node) in files)
        {
            // The default .env is looked for quietly: a broken path to it is reported when the included file is read.
            if (node is null ? !File.Exists(path) : !new SourceFile(path, Display(path), node.Location, "include.env_file").Exists())
            {
                if (node is null)
                {
                    continue;
                }

                throw new ComposeFileException(node.Location, "include.env_file", $"{Display(path)}: no such env file; check the path.");
            }

            var lookup = scope.Variables.WithDefaults(fromFiles);
            foreach (var (key, value) in await EnvFile.ReadAsync(path, Display(path), lookup, cancellationToken).ConfigureAwait(false))
            {
                fromFiles[key] = value;
            }
        }

        return fromFiles.Count == 0 ? scope.Variables : scope.Variables.WithDefaults(fromFiles);
    }

    private string Display(string path) => DisplayPaths.For(path, workingDirectory);
}
