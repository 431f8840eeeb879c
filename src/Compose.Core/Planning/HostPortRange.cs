using System.Globalization;
using Compose.Runtime;

namespace Compose.Planning;

/// <summary>Published host ports (<c>8080</c> or a range <c>8000-8010</c>) of one protocol.</summary>
public sealed record HostPortRange(string Protocol, int First, int Last)
{
    /// <summary>Two ranges could collide when their protocols match and they share a port (whatever the host IP).</summary>
    public bool Overlaps(HostPortRange other) =>
        string.Equals(Protocol, other.Protocol, StringComparison.OrdinalIgnoreCase) && First <= other.Last && other.First <= Last;

    /// <summary>The host side of a binding; null when the engine picks the port (no collision possible).</summary>
    public static HostPortRange? Of(PortBinding binding)
    {
        if (string.IsNullOrEmpty(binding.HostPort))
        {
            return null;
        }

        var parts = binding.HostPort.Split('-', 2);
        return int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var first)
            ? new HostPortRange(binding.Protocol, first, parts.Length == 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var last) ? last : first)
            : null;
    }

    public static HostPortRange? Of(PublishedPort port) =>
        port.PublicPort is { } p and > 0 ? new HostPortRange(port.Protocol, p, p) : null;
}
