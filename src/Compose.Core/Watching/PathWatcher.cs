using Compose.Errors;

namespace Compose.Watching;

/// <summary>
/// Watches rule paths with <see cref="FileSystemWatcher"/> (inotify on Linux), recursively, and reports each
/// changed path (both names of a rename). A path that does not exist yet is watched from its nearest existing
/// parent, so creating it is seen. When the kernel's event queue overflows, events were lost: the whole root is
/// reported as changed, so a sync copies it all again.
/// </summary>
public sealed class PathWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];

    private PathWatcher()
    {
    }

    /// <exception cref="ComposeException">The system's inotify limits are reached.</exception>
    public static PathWatcher Start(IEnumerable<string> roots, Action<string> changed, Action<string> error)
    {
        var watcher = new PathWatcher();
        try
        {
            foreach (var root in roots)
            {
                watcher._watchers.Add(Create(root, changed, error));
            }
        }
        catch (IOException e)
        {
            watcher.Dispose();
            throw new ComposeException($"cannot watch files: {e.Message} Raise the limits (sysctl fs.inotify.max_user_watches and fs.inotify.max_user_instances) or watch fewer paths (ignore large directories).", e);
        }

        return watcher;
    }

    private static FileSystemWatcher Create(string root, Action<string> changed, Action<string> error)
    {
        var isFile = File.Exists(root);
        var directory = isFile ? Path.GetDirectoryName(root)! : NearestExisting(root);
        var watcher = new FileSystemWatcher(directory)
        {
            Filter = isFile ? Path.GetFileName(root) : "",
            IncludeSubdirectories = !isFile,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.Attributes,
            InternalBufferSize = 64 * 1024,
        };
        watcher.Created += (_, e) => changed(e.FullPath);
        watcher.Changed += (_, e) => changed(e.FullPath);
        watcher.Deleted += (_, e) => changed(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            changed(e.OldFullPath);
            changed(e.FullPath);
        };
        watcher.Error += (_, e) =>
        {
            if (e.GetException() is InternalBufferOverflowException)
            {
                changed(root);
            }
            else
            {
                error($"watching {root}: {e.GetException().Message}");
            }
        };
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    private static string NearestExisting(string path)
    {
        var current = path;
        while (!Directory.Exists(current))
        {
            current = Path.GetDirectoryName(current) ?? Path.GetPathRoot(path)!;
        }

        return current;
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }
    }
}
