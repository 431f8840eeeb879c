using Compose.Runtime.Docker.Wire;

namespace Compose.Runtime.Docker;

/// <summary>A <see cref="NetworkAttachment"/> as the engine's endpoint settings (create and connect share the shape).</summary>
internal static class EndpointMapper
{
    public static EndpointSettingsDto ToDto(NetworkAttachment attachment, ApiFeatures features)
    {
        features.Require(attachment.MacAddress is not null, ApiFeatures.EndpointMacAddress, $"a MAC address on network '{attachment.NetworkName}'");
        return new EndpointSettingsDto
        {
            Aliases = attachment.Aliases.IsDefaultOrEmpty ? null : [.. attachment.Aliases],
            IPAMConfig = Ipam(attachment),
            MacAddress = attachment.MacAddress,
            DriverOpts = attachment.DriverOptions.IsEmpty ? null : new(attachment.DriverOptions, StringComparer.Ordinal),
            // Gateway priority only picks the default route; older engines use the primary network, so it is dropped there.
            GwPriority = attachment.Priority != 0 && features.Supports(ApiFeatures.GatewayPriority) ? attachment.Priority : null,
        };
    }

    private static EndpointIpamConfigDto? Ipam(NetworkAttachment attachment) =>
        attachment.IPv4Address is null && attachment.IPv6Address is null && attachment.LinkLocalIPs.IsDefaultOrEmpty
            ? null
            : new EndpointIpamConfigDto
            {
                IPv4Address = attachment.IPv4Address,
                IPv6Address = attachment.IPv6Address,
                LinkLocalIPs = attachment.LinkLocalIPs.IsDefaultOrEmpty ? null : [.. attachment.LinkLocalIPs],
            };
}
