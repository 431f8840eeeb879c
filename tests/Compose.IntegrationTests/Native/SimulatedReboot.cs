using System.Text.Json;
using Compose.Runtime.Native;
using Compose.Runtime.Native.Images.Layers;
using Compose.Runtime.Native.Networking;
using Compose.Runtime.Native.Processes;

namespace Compose.IntegrationTests.Native;

/// <summary>
/// What a reboot takes from a native root, done to one: every process of the root killed without warning (the
/// supervisor first, so nothing records the exits; then conmon, aardvark-dns and each container's init), the root
/// overlays unmounted, the containers' network namespaces and the root's bridges deleted, and the run directory (a
/// tmpfs) gone. The state directory stays as the disk keeps it. Firewall rules, which a reboot also loses, stay:
/// iptables is shared with the host's Docker and Podman, and a driver that converges with its old rules left over is
/// the harder case.
/// </summary>
internal static class SimulatedReboot
{
    public static async Task ApplyAsync(NativeRoot root)
    {
        var ids = Directory.Exists(root.Containers) ? Directory.EnumerateDirectories(root.Containers).Select(Path.GetFileName).OfType<string>().ToList() : [];
        var ofRoot = ProcessProbe.AllPids().Where(ProcessProbe.IsAlive)
            .Where(pid => ProcessProbe.CommandLine(pid).Any(a => a.Contains(root.StateDirectory, StringComparison.Ordinal) || a.Contains(root.RunDirectory, StringComparison.Ordinal)))
            .OrderBy(pid => ProcessProbe.CommandLine(pid).Contains(SupervisorVerb) ? 0 : 1)
            .ToList();
        var inits = ids.Select(id => ContainerPid(root, id)).OfType<int>().ToList();
        foreach (var pid in ofRoot.Concat(inits))
        {
            Kill(pid);
        }

        var deadline = DateTimeOffset.UtcNow.AddSeconds(10);
        while (ofRoot.Concat(inits).Any(ProcessProbe.IsAlive) && DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        ofRoot.Concat(inits).Where(ProcessProbe.IsAlive).Should().BeEmpty("every process of the root is killed");
        var mounts = File.ReadLines("/proc/self/mountinfo").Select(l => l.Split(' ')[4]).Where(m => m.StartsWith(root.StateDirectory + "/", StringComparison.Ordinal));
        foreach (var mount in mounts.OrderByDescending(m => m.Length).ToList())
        {
            Posix.Unmount(mount, Posix.DetachUnmount).Should().Be(0, $"{mount} unmounts");
        }

        foreach (var id in ids.Where(id => File.Exists(NetworkNamespaces.PathOf(id))))
        {
            await NativeHost.ShellAsync("ip", "netns", "delete", NetworkNamespaces.NameOf(id));
        }

        ids.Where(id => File.Exists(NetworkNamespaces.PathOf(id))).Should().BeEmpty("the containers' namespaces are deleted");
        foreach (var bridge in Bridges(root))
        {
            await NativeHost.ShellAsync("ip", "link", "delete", bridge);
        }

        (await HostSnapshot.TakeAsync()).Bridges.Intersect(Bridges(root)).Should().BeEmpty("the root's bridges are deleted");
        Directory.Delete(root.RunDirectory, recursive: true);
    }

    private const string SupervisorVerb = Compose.Runtime.Native.Supervision.SupervisorCommand.Verb;

    private static List<string> Bridges(NativeRoot root) =>
        Directory.Exists(root.Networks)
            ? [.. Directory.EnumerateFiles(root.Networks, "network.json", SearchOption.AllDirectories)
                .Select(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement.GetProperty("bridgeName").GetString()!)]
            : [];

    private static int? ContainerPid(NativeRoot root, string id)
    {
        var status = Path.Combine(root.Containers, id, "status.json");
        return File.Exists(status) && JsonDocument.Parse(File.ReadAllText(status)).RootElement.TryGetProperty("pid", out var pid) && pid.ValueKind == JsonValueKind.Number
            ? pid.GetInt32()
            : null;
    }

    private static void Kill(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            process.Kill();
        }
        catch (ArgumentException)
        {
            // Gone already.
        }
        catch (InvalidOperationException)
        {
            // Ended between the lookup and the kill.
        }
    }
}
