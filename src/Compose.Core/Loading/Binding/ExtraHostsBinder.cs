using System.Collections.Immutable;
using Compose.Errors;
using Compose.Loading.Yaml;
using Compose.Model;

namespace Compose.Loading.Binding;

/// <summary>
/// <c>extra_hosts</c>: a list of <c>host=ip</c> or <c>host:ip</c> (split at the first <c>=</c>, else the first
/// colon, so IPv6 addresses survive), or a mapping of host to one address or a list of addresses.
/// </summary>
public static class ExtraHostsBinder
{
    public static ImmutableSortedDictionary<string, ImmutableArray<string>> Bind(Node value, string path)
    {
        var hosts = new SortedDictionary<string, ImmutableArray<string>>(StringComparer.Ordinal);
        if (value is MappingNode mapping)
        {
            foreach (var (key, addresses) in mapping.Entries)
            {
                hosts[key.Value] = NodeReader.StringOrList(addresses, $"{path}.{key.Value}");
            }

            return ModelMaps.From(hosts);
        }

        var sequence = NodeReader.Sequence(value, path);
        for (var i = 0; i < sequence.Items.Length; i++)
        {
            var (host, address) = Entry(sequence.Items[i], $"{path}[{i}]");
            hosts[host] = hosts.TryGetValue(host, out var known) ? known.Add(address) : [address];
        }

        return ModelMaps.From(hosts);
    }

    private static (string Host, string Address) Entry(Node item, string path)
    {
        var text = NodeReader.String(item, path);
        var cut = text.IndexOf('=');
        cut = cut >= 0 ? cut : text.IndexOf(':');
        if (cut <= 0 || cut == text.Length - 1)
        {
            throw new ComposeFileException(item.Location, path, $"'{text}' is not a host entry; write it as HOST=IP (or HOST:IP).");
        }

        var address = text[(cut + 1)..];
        return (text[..cut], address.StartsWith('[') && address.EndsWith(']') ? address[1..^1] : address);
    }
}
