using Compose.Runtime.Errors;
using Compose.Runtime.Native.State;

namespace Compose.Runtime.Native.Networking;

/// <summary>
/// Gives containers addresses on a network without a lock: each address is a file (<c>networks/ID/ips/ADDRESS</c>)
/// created exclusively, holding the container's id. An address whose container no longer exists (a create that
/// was killed) is taken back.
/// </summary>
internal sealed class IpAllocator(StateStore store)
{
    private string Directory(string networkId) => Path.Combine(store.NetworkDirectory(networkId), "ips");

    public string Allocate(NetworkRecord network, string containerId, string? requested)
    {
        var subnet = Ipv4Cidr.Parse(network.Subnet);
        if (requested is not null)
        {
            var address = Ipv4Cidr.ParseAddress(requested);
            if (!subnet.Contains(address))
            {
                throw new ContainerRuntimeException("create container", containerId,
                    $"address {requested} is not in network {network.Name}'s subnet {network.Subnet}");
            }

            return TryClaim(network.Id, requested, containerId)
                ? requested
                : throw new ContainerRuntimeException("create container", containerId, $"address {requested} is already in use on network {network.Name}");
        }

        var range = network.IpRange is { } r ? Ipv4Cidr.Parse(r) : subnet;
        var gateway = Ipv4Cidr.ParseAddress(network.Gateway);
        foreach (var candidate in range.Hosts().Where(a => a != gateway && subnet.Contains(a) && a != subnet.Broadcast))
        {
            var text = Ipv4Cidr.Format(candidate);
            if (TryClaim(network.Id, text, containerId))
            {
                return text;
            }
        }

        throw new ContainerRuntimeException("create container", containerId, $"no free address is left on network {network.Name} ({network.Subnet})");
    }

    public void Release(string networkId, string address, string containerId)
    {
        var path = Path.Combine(Directory(networkId), address);
        if (File.Exists(path) && File.ReadAllText(path) == containerId)
        {
            File.Delete(path);
        }
    }

    /// <summary>The containers holding addresses on the network (the network is in use while there are any).</summary>
    public IEnumerable<string> Holders(string networkId) =>
        System.IO.Directory.Exists(Directory(networkId))
            ? System.IO.Directory.EnumerateFiles(Directory(networkId)).Select(SafeRead).Where(id => id.Length > 0 && store.ContainerExists(id))
            : [];

    private bool TryClaim(string networkId, string address, string containerId)
    {
        var path = Path.Combine(Directory(networkId), address);
        System.IO.Directory.CreateDirectory(Directory(networkId));
        for (var attempt = 0; attempt < 2; attempt++)
        {
            try
            {
                using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                stream.Write(System.Text.Encoding.ASCII.GetBytes(containerId));
                return true;
            }
            catch (IOException) when (File.Exists(path))
            {
                var holder = SafeRead(path);
                if (holder == containerId)
                {
                    return true;
                }

                if (holder.Length == 0 || store.ContainerExists(holder))
                {
                    return false;
                }

                File.Delete(path);
            }
        }

        return false;
    }

    private static string SafeRead(string path)
    {
        try
        {
            return File.ReadAllText(path).Trim();
        }
        catch (IOException)
        {
            return "";
        }
    }
}
