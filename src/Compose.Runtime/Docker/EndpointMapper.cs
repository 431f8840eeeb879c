using Compose.Runtime.Docker.Wire;

namespace Compose.Runtime.Docker;

internal static class EndpointMapper
{
    public static EndpointSettingsDto ToDto(NetworkAttachment attachment) => new()
    {
        Aliases = attachment.Aliases.IsDefaultOrEmpty ? null : [.. attachment.Aliases],
        IPAMConfig = attachment.IPv4Address is null && attachment.IPv6Address is null
            ? null
            : new EndpointIpamConfigDto { IPv4Address = attachment.IPv4Address, IPv6Address = attachment.IPv6Address },
    };
}
