namespace Compose.Tests;

/// <summary>
/// Temporary directories for tests: all of a test process's under one root, removed when the process exits, so
/// thousands of test runs do not fill /tmp. Linked into both test projects.
/// </summary>
public static class TestTemp
{
    private static readonly Lazy<string> RootPath = new(CreateRoot);

    /// <summary>A new empty directory whose name starts with <paramref name="prefix"/>.</summary>
    public static string Directory(string prefix) =>
        System.IO.Directory.CreateDirectory(Path.Combine(RootPath.Value, prefix + Guid.NewGuid().ToString("N")[..8])).FullName;

    private static string CreateRoot()
    {
        var root = System.IO.Directory.CreateTempSubdirectory($"composectl-tests-{Environment.ProcessId}-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Remove(root);
        return root;
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
