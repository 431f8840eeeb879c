using Compose.Runtime.Native.Processes;
using Compose.Runtime.Native.State;

namespace Compose.Runtime.Native.Networking;

/// <summary>
/// Removes what netavark leaves of a network when its last containers were torn down at once (each teardown saw
/// the others still attached, so none did the complete teardown) or when a start was killed: the network's rules
/// and chains, its bridge and its aardvark-dns file. When no network of ours remains, netavark's shared chains go
/// too, but only while they hold no rule (a podman on the same host keeps its own there).
/// </summary>
internal sealed class FirewallJanitor(NativeTools tools, ToolRunner runner, NetavarkClient netavark)
{
    private static readonly string[] SharedChains = ["NETAVARK_FORWARD", "NETAVARK-HOSTPORT-DNAT", "NETAVARK-HOSTPORT-SETMARK", "NETAVARK-HOSTPORT-MASQ"];

    public async Task RemoveNetworkAsync(NetworkRecord network, bool lastNetwork, CancellationToken cancellationToken)
    {
        foreach (var table in new[] { "filter", "nat" })
        {
            var saved = await SaveAsync(table, cancellationToken).ConfigureAwait(false);
            var script = FirewallScript.ForNetwork(table, saved, network.Subnet, lastNetwork ? SharedChains : []);
            if (script is null)
            {
                continue;
            }

            try
            {
                await RestoreAsync(script, network.Name, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception) when (lastNetwork)
            {
                // A podman on the same host can take a shared chain between the save and the restore (CI: CHAIN_DEL of
                // NETAVARK-HOSTPORT-DNAT "Device or resource busy" while the Podman pass ran): the shared chains are
                // then its own, so remove only this network's rules, from a fresh save.
                saved = await SaveAsync(table, cancellationToken).ConfigureAwait(false);
                if (FirewallScript.ForNetwork(table, saved, network.Subnet, []) is { } own)
                {
                    await RestoreAsync(own, network.Name, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        if (Directory.Exists($"/sys/class/net/{network.BridgeName}"))
        {
            await runner.ExecuteAsync(new ToolCall("remove bridge", network.BridgeName, tools.Ip, ["link", "delete", network.BridgeName]), cancellationToken).ConfigureAwait(false);
        }

        var dnsFile = Path.Combine(netavark.AardvarkDirectory, "aardvark-dns", network.Name);
        if (File.Exists(dnsFile))
        {
            File.Delete(dnsFile);
        }
        if (lastNetwork)
        {
            AardvarkJanitor.StopUnused(netavark.AardvarkDirectory);
        }
    }

    private async Task<string> SaveAsync(string table, CancellationToken cancellationToken) =>
        await runner.RunAsync(new ToolCall("read firewall rules", table, tools.Iptables + "-save", ["-t", table]), cancellationToken).ConfigureAwait(false);

    private async Task RestoreAsync(string script, string network, CancellationToken cancellationToken)
    {
        var call = new ToolCall("remove the firewall rules of network", network, tools.Iptables + "-restore", ["-w", "--noflush"]) { Input = script };
        await runner.RunAsync(call, cancellationToken).ConfigureAwait(false);
    }
}
