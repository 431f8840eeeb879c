namespace Compose.Loading.Files;

/// <summary>
/// A path with every symlink resolved, component by component, as <c>realpath(3)</c> does: two paths name the same
/// file when their physical paths are equal, however many directory symlinks lie on the way. A loop of symlinks
/// (or more than 40 on one path, the kernel's own limit) gives no physical path.
/// </summary>
public static class PhysicalPath
{
    public const int MaxLinks = 40;

    /// <summary>The physical form of an absolute path; false when resolving meets a symlink loop.</summary>
    public static bool TryResolve(string path, out string physical)
    {
        var pending = new Stack<string>(Components(path).Reverse());
        var current = "/";
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part is "" or ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? "/";
                continue;
            }

            var next = Path.Join(current, part);
            var target = LinkTarget(next);
            if (target is null)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                physical = path;
                return false;
            }

            foreach (var component in Components(target).Reverse())
            {
                pending.Push(component);
            }

            current = target.StartsWith('/') ? "/" : current;
        }

        physical = current;
        return true;
    }

    /// <summary>The physical form, or the path as given when it cannot be resolved (a loop is reported where it is read).</summary>
    public static string Of(string path) => TryResolve(path, out var physical) ? physical : path;

    private static string[] Components(string path) => path.Split('/');

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
