using Compose.Runtime.Native.Processes;

namespace Compose.Runtime.Native.Networking;

/// <summary>Stops aardvark-dns servers of our configuration that serve no network any more (one started twice by concurrent setups, or left by a killed teardown).</summary>
internal static class AardvarkJanitor
{
    public static void StopUnused(string aardvarkDirectory)
    {
        var configDirectory = Path.Combine(aardvarkDirectory, "aardvark-dns");
        var served = Directory.Exists(configDirectory)
            && Directory.EnumerateFiles(configDirectory).Any(f => Path.GetFileName(f) is not ("aardvark.pid" or "aardvark.lock"));
        if (served)
        {
            return;
        }

        foreach (var pid in ProcessProbe.AllPids())
        {
            var arguments = ProcessProbe.CommandLine(pid);
            if (arguments.Length > 2 && arguments[0].EndsWith("aardvark-dns", StringComparison.Ordinal) && arguments.Contains(configDirectory))
            {
                try
                {
                    System.Diagnostics.Process.GetProcessById(pid).Kill();
                }
                catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
                {
                    // Gone already.
                }
            }
        }

        // A killed aardvark-dns cannot remove its own pid file; a stale one would make the next setup skip the start lock.
        var pidFile = Path.Combine(configDirectory, "aardvark.pid");
        if (File.Exists(pidFile))
        {
            File.Delete(pidFile);
        }
    }
}
