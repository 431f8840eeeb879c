using Compose.Runtime.Native.Processes;

namespace Compose.IntegrationTests.Native;

/// <summary>The leak checks after each native test: nothing of the project may be left on the host or in the state root.</summary>
internal static class NativeLeaks
{
    private static List<string> Processes(NativeHost host) =>
        ProcessProbe.AllPids().Where(ProcessProbe.IsAlive).Select(ProcessProbe.CommandLine)
            .Where(args => args.Any(a => a.StartsWith(host.Root.RunDirectory, StringComparison.Ordinal) || a.Contains(host.Root.StateDirectory, StringComparison.Ordinal)))
            .Select(args => string.Join(' ', args))
            .ToList();

    public static async Task AssertNoneAsync(NativeHost host, IReadOnlyCollection<string> subnets)
    {
        var now = await HostSnapshot.TakeAsync();
        now.Bridges.Except(host.Before.Bridges).Should().BeEmpty("the project's bridges are gone");
        now.Namespaces.Except(host.Before.Namespaces).Should().BeEmpty("every container's network namespace is deleted");
        var mounts = await File.ReadAllTextAsync("/proc/self/mountinfo");
        mounts.Should().NotContain(host.Root.StateDirectory, "the containers' root overlays are unmounted");
        var rules = await NativeHost.ShellAsync("iptables-save");
        foreach (var subnet in subnets)
        {
            rules.Should().NotContain(subnet, "netavark's rules for the project's networks are removed");
        }

        var run = host.Root.RunDirectory;
        foreach (var folder in new[]
                 {
                     host.Root.Containers, host.Root.Networks, host.Root.Volumes, Path.Combine(host.Root.StateDirectory, "names"),
                     Path.Combine(run, "containers"), Path.Combine(run, "exits"), Path.Combine(run, "sockets"), Path.Combine(run, "runc"),
                     Path.Combine(run, "aardvark", "aardvark-dns"),
                 })
        {
            (Directory.Exists(folder) ? Directory.EnumerateFileSystemEntries(folder) : []).Should().BeEmpty($"{folder} holds nothing after down");
        }

        var supervisorGone = await host.EventuallyAsync(() => Task.FromResult(!host.Engine.SupervisorRunning(host.Project)), gone => gone, TimeSpan.FromSeconds(5));
        supervisorGone.Should().BeTrue("the project's supervisor ends with its last container");
        var stray = await host.EventuallyAsync(() => Task.FromResult(Processes(host)), list => list.Count == 0, TimeSpan.FromSeconds(5));
        stray.Should().BeEmpty("no conmon, aardvark-dns or supervisor of the test is left running");
    }
}
