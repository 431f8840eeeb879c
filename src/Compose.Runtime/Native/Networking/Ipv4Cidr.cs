using System.Buffers.Binary;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Compose.Runtime.Native.Networking;

/// <summary>An IPv4 network in CIDR form, with the little arithmetic address allocation needs.</summary>
internal readonly record struct Ipv4Cidr(uint Network, int PrefixLength)
{
    public uint Mask => PrefixLength == 0 ? 0 : uint.MaxValue << (32 - PrefixLength);
    public uint Broadcast => Network | ~Mask;

    public static Ipv4Cidr Parse(string text)
    {
        if (!TryParse(text, out var cidr))
        {
            throw new FormatException($"'{text}' is not an IPv4 subnet in CIDR form (e.g. 10.89.1.0/24)");
        }

        return cidr;
    }

    public static bool TryParse(string text, out Ipv4Cidr cidr)
    {
        cidr = default;
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0 || !IPAddress.TryParse(text[..slash], out var address) || address.AddressFamily != AddressFamily.InterNetwork
            || !int.TryParse(text[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var prefix) || prefix > 32)
        {
            return false;
        }

        var value = ToUInt(address);
        var mask = prefix == 0 ? 0 : uint.MaxValue << (32 - prefix);
        cidr = new Ipv4Cidr(value & mask, prefix);
        return true;
    }

    public bool Contains(uint address) => (address & Mask) == Network;

    public bool Overlaps(Ipv4Cidr other)
    {
        var shorter = Math.Min(PrefixLength, other.PrefixLength);
        var mask = shorter == 0 ? 0 : uint.MaxValue << (32 - shorter);
        return (Network & mask) == (other.Network & mask);
    }

    /// <summary>The usable host addresses, lowest first (no network or broadcast address in subnets that have them).</summary>
    public IEnumerable<uint> Hosts()
    {
        var first = PrefixLength >= 31 ? Network : Network + 1;
        var last = PrefixLength >= 31 ? Broadcast : Broadcast - 1;
        for (var a = first; a <= last && a >= first; a++)
        {
            yield return a;
        }
    }

    public override string ToString() => $"{Format(Network)}/{PrefixLength}";

    public static uint ToUInt(IPAddress address) => BinaryPrimitives.ReadUInt32BigEndian(address.GetAddressBytes());

    public static uint ParseAddress(string text) =>
        IPAddress.TryParse(text, out var address) && address.AddressFamily == AddressFamily.InterNetwork
            ? ToUInt(address)
            : throw new FormatException($"'{text}' is not an IPv4 address");

    public static string Format(uint address) =>
        $"{address >> 24}.{(address >> 16) & 0xff}.{(address >> 8) & 0xff}.{address & 0xff}";
}
