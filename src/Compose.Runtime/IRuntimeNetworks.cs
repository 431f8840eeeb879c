using System.Collections.Immutable;

namespace Compose.Runtime;

/// <summary>Networks and containers' attachments to them.</summary>
public interface IRuntimeNetworks
{
    /// <summary>Creates a network and returns its id.</summary>
    Task<string> CreateNetworkAsync(NetworkCreateSpec spec, CancellationToken cancellationToken);

    /// <summary>The network, or null when it does not exist.</summary>
    Task<NetworkDetails?> InspectNetworkAsync(string idOrName, CancellationToken cancellationToken);

    Task<ImmutableArray<NetworkInfo>> ListNetworksAsync(LabelFilter? filter, CancellationToken cancellationToken);

    Task RemoveNetworkAsync(string idOrName, CancellationToken cancellationToken);

    Task ConnectNetworkAsync(string network, string container, NetworkAttachment attachment, CancellationToken cancellationToken);

    Task DisconnectNetworkAsync(string network, string container, bool force, CancellationToken cancellationToken);
}
