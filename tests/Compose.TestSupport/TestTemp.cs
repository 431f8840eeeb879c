namespace Compose.TestSupport;

/// <summary>
/// Temporary directories for tests: all of a test process's under one root, removed when the process exits (or by
/// the next test run, when the process was ended first), so test runs do not fill /tmp. Shared by both test projects.
/// </summary>
public static class TestTemp
{
    private static readonly Lazy<string> RootPath = new(CreateRoot);

    /// <summary>A new empty directory whose name starts with <paramref name="prefix"/>.</summary>
    public static string Directory(string prefix) =>
        System.IO.Directory.CreateDirectory(Path.Combine(RootPath.Value, prefix + Guid.NewGuid().ToString("N")[..8])).FullName;

    private static string CreateRoot()
    {
        RemoveStaleRoots();
        var root = System.IO.Directory.CreateTempSubdirectory($"{Prefix}{Environment.ProcessId}-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Remove(root);
        return root;
    }

    private const string Prefix = "composectl-tests-";

    /// <summary>Roots of test processes that are gone: the test host can be ended before its exit handler runs.</summary>
    private static void RemoveStaleRoots()
    {
        foreach (var root in System.IO.Directory.EnumerateDirectories(Path.GetTempPath(), Prefix + "*"))
        {
            var name = Path.GetFileName(root)[Prefix.Length..];
            if (int.TryParse(name.Split('-')[0], out var pid) && !IsRunning(pid))
            {
                Remove(root);
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void Remove(string root)
    {
        try
        {
            System.IO.Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open (a container's bind mount, a reader not yet closed) leaves the root behind:
            // better a stray directory than a failed run.
        }
        catch (UnauthorizedAccessException)
        {
            // Files a container wrote as another user: same reasoning.
        }
    }
}
