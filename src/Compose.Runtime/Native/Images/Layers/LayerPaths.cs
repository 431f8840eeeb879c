namespace Compose.Runtime.Native.Images.Layers;

/// <summary>
/// Turns tar entry names into paths inside one layer's directory that can never leave it: names are cleaned
/// lexically (<c>..</c> stops at the root, as in a chroot), and symbolic links the layer itself made on the way to
/// an entry are followed inside the layer, never out of it. Directories already walked are remembered, so a
/// layer of many files costs one lookup per entry, not one per path component.
/// </summary>
internal sealed class LayerPaths(string root)
{
    private const int MaxLinks = 40;
    private readonly HashSet<string> _knownDirectories = new(StringComparer.Ordinal) { "" };

    public string Root { get; } = root;

    /// <summary><c>./a//b/../c</c> → <c>["a", "c"]</c>; the root itself is an empty list.</summary>
    public static List<string> Clean(string name)
    {
        var components = new List<string>();
        foreach (var part in name.Split('/'))
        {
            if (part is "" or ".")
            {
                continue;
            }

            if (part == "..")
            {
                if (components.Count > 0)
                {
                    components.RemoveAt(components.Count - 1);
                }

                continue;
            }

            components.Add(part);
        }

        return components;
    }

    /// <summary>The real directory that <paramref name="components"/> name, made (0755, root-owned) where missing.</summary>
    public string Directory(IReadOnlyList<string> components)
    {
        var relative = string.Join('/', components);
        if (_knownDirectories.Contains(relative))
        {
            return Join(relative);
        }

        var (resolved, followedLink) = Walk(components);
        if (!followedLink)
        {
            _knownDirectories.Add(relative);
        }

        return Join(resolved);
    }

    /// <summary>A directory entry at <paramref name="relative"/> (itself a real directory now).</summary>
    public void Remember(string relative) => _knownDirectories.Add(relative);

    /// <summary>Something other than a directory now sits at <paramref name="relative"/>: forget it and everything below it.</summary>
    public void Forget(string relative)
    {
        if (_knownDirectories.Remove(relative))
        {
            var prefix = relative + "/";
            _knownDirectories.RemoveWhere(known => known.StartsWith(prefix, StringComparison.Ordinal));
        }
    }

    private (string Resolved, bool FollowedLink) Walk(IReadOnlyList<string> components)
    {
        var resolved = new List<string>();
        var pending = new LinkedList<string>(components);
        var links = 0;
        while (pending.First is { } next)
        {
            pending.RemoveFirst();
            if (next.Value == "..")
            {
                // Only a link's target brings ".." here (names were cleaned); it stops at the layer's root.
                if (resolved.Count > 0)
                {
                    resolved.RemoveAt(resolved.Count - 1);
                }

                continue;
            }

            var candidate = Join(string.Join('/', resolved.Append(next.Value)));
            if (new FileInfo(candidate).LinkTarget is { } target)
            {
                if (++links > MaxLinks)
                {
                    throw new InvalidDataException($"too many levels of symbolic links under {string.Join('/', components)}");
                }

                Expand(target, resolved, pending);
                continue;
            }

            if (!System.IO.Directory.Exists(candidate))
            {
                if (File.Exists(candidate))
                {
                    throw new InvalidDataException($"{string.Join('/', resolved.Append(next.Value))} is not a directory but the layer puts files under it");
                }

                System.IO.Directory.CreateDirectory(candidate);
            }

            resolved.Add(next.Value);
        }

        return (string.Join('/', resolved), links > 0);
    }

    /// <summary>A link's target replaces it on the path: absolute targets start again from the layer's root.</summary>
    private static void Expand(string target, List<string> resolved, LinkedList<string> pending)
    {
        if (target.StartsWith('/'))
        {
            resolved.Clear();
        }

        var parts = target.Split('/');
        for (var i = parts.Length - 1; i >= 0; i--)
        {
            if (parts[i] is not ("" or "."))
            {
                pending.AddFirst(parts[i]);
            }
        }
    }

    private string Join(string relative) => relative.Length == 0 ? Root : Path.Combine(Root, relative);
}
