using System.Collections.Immutable;
using Compose.Loading;

namespace Compose.Tests.Loading;

/// <summary>A fresh temporary directory holding the given files (paths relative to it, '/' separated).</summary>
public sealed class TempTree
{
    private TempTree(string root) => Root = root;

    public string Root { get; }

    public static TempTree Create(params (string Path, string Content)[] files)
    {
        var tree = new TempTree(TestTemp.Directory("composectl-tree-"));
        foreach (var (path, content) in files)
        {
            var full = tree.Path(path);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
            File.WriteAllText(full, content);
        }

        return tree;
    }

    public string Path(string relative) => System.IO.Path.GetFullPath(System.IO.Path.Combine(Root, relative));

    /// <summary>Loads from <paramref name="workingDirectory"/> (relative to the tree) with project name "test".</summary>
    public Task<LoadResult> LoadAsync(
        string workingDirectory = ".",
        IReadOnlyDictionary<string, string>? environment = null,
        Func<LoadRequest, LoadRequest>? adjust = null)
    {
        var request = new LoadRequest
        {
            WorkingDirectory = Path(workingDirectory),
            Environment = environment ?? ImmutableDictionary<string, string>.Empty,
            ProjectName = "test",
        };
        return ProjectLoader.LoadAsync(adjust is null ? request : adjust(request), CancellationToken.None);
    }
}
