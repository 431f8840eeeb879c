using System.Collections.Immutable;
using Compose.Runtime.Docker.Wire;

namespace Compose.Runtime.Docker;

/// <summary>
/// Which networks a container joins at creation and which by connect afterwards: API 1.44+ takes every endpoint
/// in the create body; older engines take only the primary one, the rest are connected before the first start.
/// </summary>
internal static class NetworkingMapper
{
    /// <summary>The engine's network mode: the explicit mode, else the primary network, else the engine's default.</summary>
    public static string? NetworkMode(ContainerCreateSpec spec) =>
        spec.NetworkMode ?? (spec.Networks.IsDefaultOrEmpty ? null : spec.Networks[0].NetworkName);

    public static NetworkingConfigDto? ToDto(ContainerCreateSpec spec, ApiFeatures features)
    {
        var joined = JoinedAtCreate(spec, features);
        if (joined.IsEmpty)
        {
            return null;
        }

        var endpoints = new Dictionary<string, EndpointSettingsDto>(StringComparer.Ordinal);
        for (var i = 0; i < joined.Length; i++)
        {
            var attachment = joined[i];
            // The container-level MAC address belongs to the primary endpoint from API 1.44 on.
            if (i == 0 && spec.MacAddress is not null && attachment.MacAddress is null && features.Supports(ApiFeatures.EndpointMacAddress))
            {
                attachment = attachment with { MacAddress = spec.MacAddress };
            }

            endpoints[attachment.NetworkName] = EndpointMapper.ToDto(PrimaryMacMovedToConfig(attachment, i, features), features);
        }

        return new NetworkingConfigDto { EndpointsConfig = endpoints };
    }

    /// <summary>Networks to connect between create and start (engines before API 1.44).</summary>
    public static ImmutableArray<NetworkAttachment> ConnectedAfterCreate(ContainerCreateSpec spec, ApiFeatures features) =>
        UsesNetworks(spec) && !features.Supports(ApiFeatures.MultipleNetworksAtCreate) && spec.Networks.Length > 1
            ? spec.Networks[1..]
            : [];

    /// <summary>Before API 1.44 the primary endpoint's MAC address goes in the container config.</summary>
    public static string? ConfigMacAddress(ContainerCreateSpec spec, ApiFeatures features)
    {
        if (features.Supports(ApiFeatures.EndpointMacAddress))
        {
            return null;
        }

        return spec.MacAddress ?? (UsesNetworks(spec) && !spec.Networks.IsDefaultOrEmpty ? spec.Networks[0].MacAddress : null);
    }

    private static NetworkAttachment PrimaryMacMovedToConfig(NetworkAttachment attachment, int index, ApiFeatures features) =>
        index == 0 && !features.Supports(ApiFeatures.EndpointMacAddress) ? attachment with { MacAddress = null } : attachment;

    private static ImmutableArray<NetworkAttachment> JoinedAtCreate(ContainerCreateSpec spec, ApiFeatures features)
    {
        if (!UsesNetworks(spec) || spec.Networks.IsDefaultOrEmpty)
        {
            return [];
        }

        return features.Supports(ApiFeatures.MultipleNetworksAtCreate) ? spec.Networks : [spec.Networks[0]];
    }

    /// <summary><c>host</c>, <c>none</c> and <c>container:</c> modes take no endpoints.</summary>
    private static bool UsesNetworks(ContainerCreateSpec spec) =>
        spec.NetworkMode is not ("host" or "none") && spec.NetworkMode?.StartsWith("container:", StringComparison.Ordinal) != true;
}
