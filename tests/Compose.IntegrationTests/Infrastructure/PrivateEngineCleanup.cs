using CliWrap;
using CliWrap.Buffered;
using Shell = CliWrap.Cli;

namespace Compose.IntegrationTests.Infrastructure;

/// <summary>
/// Removes everything a <see cref="PrivateEngine"/> of one name may have left, whatever state it is in (also after a
/// killed test run): what runs in its network namespace (a killed daemon's containerd and shims) and the namespace,
/// mounts under its data root and run directory, those directories, and its containers' cgroups with what still runs
/// in them. Idempotent.
/// </summary>
internal sealed class PrivateEngineCleanup(string netns, string dataRoot, string runDirectory, string cgroupParent)
{
    public async Task RunAsync()
    {
        if (File.Exists($"/run/netns/{netns}"))
        {
            // What still runs in the namespace (containerd and shims of a killed daemon) was started by this fixture.
            var pids = (await Shell.Wrap("ip").WithArguments(["netns", "pids", netns]).WithValidation(CommandResultValidation.None).ExecuteBufferedAsync())
                .StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            if (pids.Length > 0)
            {
                await Shell.Wrap("kill").WithArguments(["-9", .. pids]).WithValidation(CommandResultValidation.None).ExecuteAsync();
            }

            await Shell.Wrap("ip").WithArguments(["netns", "delete", netns]).WithValidation(CommandResultValidation.None).ExecuteAsync();
        }

        var mounts = (await Shell.Wrap("findmnt").WithArguments(["-rn", "-o", "TARGET"]).WithValidation(CommandResultValidation.None).ExecuteBufferedAsync())
            .StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(target => IsUnder(target, dataRoot) || IsUnder(target, runDirectory))
            .OrderByDescending(target => target.Length);
        foreach (var target in mounts)
        {
            await Shell.Wrap("umount").WithArguments(["-l", target]).WithValidation(CommandResultValidation.None).ExecuteAsync();
        }

        foreach (var directory in (string[])[dataRoot, runDirectory])
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }

        await RemoveCgroupsAsync();
    }

    /// <summary>
    /// The containers' cgroup parent in every hierarchy, children first. What still runs in it is ours: a killed engine
    /// leaves the <c>runc init</c> of each container it was starting (its task went stale), outside our namespace.
    /// </summary>
    private async Task RemoveCgroupsAsync()
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, MaxRecursionDepth = 3, IgnoreInaccessible = true };
        var parents = new DirectoryInfo("/sys/fs/cgroup").EnumerateDirectories(cgroupParent, options).ToList();
        var pids = parents.SelectMany(p => p.EnumerateFiles("cgroup.procs", SearchOption.AllDirectories))
            .SelectMany(f => File.ReadAllLines(f.FullName)).Where(l => l.Length > 0).Distinct().ToList();
        if (pids.Count > 0)
        {
            await Shell.Wrap("kill").WithArguments(["-9", .. pids]).WithValidation(CommandResultValidation.None).ExecuteAsync();
        }

        for (var attempt = 0; attempt < 50 && parents.Any(p => p.Exists); attempt++)
        {
            foreach (var parent in parents.Where(p => Directory.Exists(p.FullName)))
            {
                foreach (var cgroup in parent.EnumerateDirectories("*", SearchOption.AllDirectories).OrderByDescending(d => d.FullName.Length).Append(parent))
                {
                    try
                    {
                        cgroup.Delete();
                    }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                    {
                        // A killed process not yet gone: the next attempt.
                    }
                }

                parent.Refresh();
            }

            await Task.Delay(100);
        }
    }

    private static bool IsUnder(string path, string directory) => path == directory || path.StartsWith(directory + "/", StringComparison.Ordinal);
}
