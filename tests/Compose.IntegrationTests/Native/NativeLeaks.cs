using System.Text.Json;
using Compose.Runtime.Native;
using Compose.Runtime.Native.Processes;

namespace Compose.IntegrationTests.Native;

/// <summary>The leak checks after each native test: nothing of the project may be left on the host or in the state root.</summary>
internal static class NativeLeaks
{
    private static List<string> Processes(NativeRoot root) =>
        ProcessProbe.AllPids().Where(ProcessProbe.IsAlive).Select(ProcessProbe.CommandLine)
            .Where(args => args.Any(a => a.StartsWith(root.RunDirectory, StringComparison.Ordinal) || a.Contains(root.StateDirectory, StringComparison.Ordinal)))
            .Select(args => string.Join(' ', args))
            .ToList();

    public static Task AssertNoneAsync(NativeHost host, IReadOnlyCollection<string> subnets) => AssertNoneAsync(host.Root, host.Project, host.Before, subnets);

    /// <summary>The subnets of the root's networks now (read before a down, to look for their firewall rules after it).</summary>
    public static List<string> Subnets(NativeRoot root) =>
        Directory.Exists(root.Networks)
            ? [.. Directory.EnumerateFiles(root.Networks, "network.json", SearchOption.AllDirectories)
                .Select(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement.GetProperty("subnet").GetString()!)]
            : [];

    public static async Task AssertNoneAsync(NativeRoot root, string project, HostSnapshot before, IReadOnlyCollection<string> subnets)
    {
        var now = await HostSnapshot.TakeAsync();
        now.Bridges.Except(before.Bridges).Should().BeEmpty("the project's bridges are gone");
        now.Namespaces.Except(before.Namespaces).Should().BeEmpty("every container's network namespace is deleted");
        var mounts = await File.ReadAllTextAsync("/proc/self/mountinfo");
        mounts.Should().NotContain(root.StateDirectory, "the containers' root overlays are unmounted");
        await AssertNoFirewallRulesAsync(subnets);
        var stray = await EventuallyAsync(() => Processes(root), list => list.Count == 0, TimeSpan.FromSeconds(5));
        stray.Should().BeEmpty("no conmon, aardvark-dns or supervisor of the test is left running");
        // After the processes: a supervisor that ends after the down removes the project's files as it goes.
        AssertNoStateFiles(root, project);
    }

    /// <summary>
    /// netavark 1.4 writes iptables rules on Debian 12 (so <c>nft</c> shows them only through iptables-nft, when it is
    /// installed at all); the nftables ruleset is looked at too where <c>nft</c> exists, for a netavark that uses it.
    /// </summary>
    private static async Task AssertNoFirewallRulesAsync(IReadOnlyCollection<string> subnets)
    {
        var rules = await NativeHost.ShellAsync("iptables-save");
        var nft = File.Exists("/usr/sbin/nft") ? await NativeHost.ShellAsync("/usr/sbin/nft", "list", "ruleset") : "";
        foreach (var subnet in subnets)
        {
            rules.Should().NotContain(subnet, "netavark's rules for the project's networks are removed");
            nft.Should().NotContain(subnet, "no nftables rule of the project's networks is left");
        }
    }

    /// <summary>Every record of the project is gone from the state and run roots: containers, networks, volumes, names, its event log and supervisor log, its locks.</summary>
    private static void AssertNoStateFiles(NativeRoot root, string project)
    {
        var run = root.RunDirectory;
        foreach (var folder in new[]
                 {
                     root.Containers, root.Networks, root.Volumes, Path.Combine(root.StateDirectory, "names"), Path.Combine(root.Locks, "containers"),
                     Path.Combine(run, "containers"), Path.Combine(run, "exits"), Path.Combine(run, "sockets"), Path.Combine(run, "runc"),
                     Path.Combine(run, "aardvark", "aardvark-dns"),
                 })
        {
            (Directory.Exists(folder) ? Directory.EnumerateFileSystemEntries(folder) : []).Should().BeEmpty($"{folder} holds nothing after down");
        }

        Directory.Exists(Path.Combine(root.Projects, project)).Should().BeFalse("the project's event log and supervisor log go with its last resource");
        (Directory.Exists(root.Locks) ? Directory.EnumerateFiles(root.Locks).Where(f => f.Contains(project, StringComparison.Ordinal)) : [])
            .Should().BeEmpty("the project's lock files go with it");
    }

    private static async Task<T> EventuallyAsync<T>(Func<T> read, Func<T, bool> done, TimeSpan timeout)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (true)
        {
            var value = read();
            if (done(value) || DateTimeOffset.UtcNow > deadline)
            {
                return value;
            }

            await Task.Delay(50);
        }
    }
}
