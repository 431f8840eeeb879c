using Compose.Runtime.Native.Networking;
using Compose.Runtime.Native.State;

namespace Compose.Runtime.Native.Containers;

/// <summary>A container's own network namespace and netavark's part in it, set up at each start and torn down at each exit.</summary>
internal sealed class ContainerNetwork(NativeServices services)
{
    public async Task SetUpAsync(ContainerRecord record, CancellationToken cancellationToken)
    {
        if (!OwnsNamespace(record))
        {
            return;
        }

        var netns = await services.Namespaces.CreateAsync(record.Id, cancellationToken).ConfigureAwait(false);
        if (record.Networks.IsDefaultOrEmpty)
        {
            return;
        }

        var request = NetavarkRequest.Build(record, await NetworksOfAsync(record, cancellationToken).ConfigureAwait(false));
        await services.Netavark.SetupAsync(netns, request, cancellationToken).ConfigureAwait(false);
        await services.Bridges.PinAsync(request.NetworkInfo.Values.Select(n => n.NetworkInterface), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Removes the interfaces, rules and DNS entries and the namespace; harmless when there is nothing to remove.</summary>
    public async Task CleanUpAsync(ContainerRecord record, CancellationToken cancellationToken)
    {
        if (!OwnsNamespace(record))
        {
            return;
        }

        var netns = NetworkNamespaces.PathOf(record.Id);
        if (!record.Networks.IsDefaultOrEmpty && File.Exists(netns))
        {
            var networks = await NetworksOfAsync(record, cancellationToken).ConfigureAwait(false);
            if (networks.Count == record.Networks.Length)
            {
                await services.Netavark.TeardownAsync(netns, NetavarkRequest.Build(record, networks), cancellationToken).ConfigureAwait(false);
            }
        }

        await services.Namespaces.DeleteAsync(record.Id, cancellationToken).ConfigureAwait(false);
    }

    private static bool OwnsNamespace(ContainerRecord record) => record.NetworkMode is "bridge" or "none";

    private async Task<Dictionary<string, NetworkRecord>> NetworksOfAsync(ContainerRecord record, CancellationToken cancellationToken)
    {
        var networks = new Dictionary<string, NetworkRecord>(StringComparer.Ordinal);
        foreach (var endpoint in record.Networks)
        {
            if (await services.Store.ReadNetworkAsync(endpoint.NetworkId, cancellationToken).ConfigureAwait(false) is { } network)
            {
                networks[network.Id] = network;
            }
        }

        return networks;
    }
}
