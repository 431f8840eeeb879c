using System.Text;

namespace Compose.Runtime.Native.Networking;

/// <summary>
/// The <c>iptables-restore --noflush</c> script that deletes one network's rules and chains from an
/// <c>iptables-save</c> listing (pure, so it is tested on saved listings): every rule naming the subnet, the chains
/// those rules jump to (netavark's per-network <c>NETAVARK-…</c> and <c>NETAVARK-DN-…</c>), rules jumping to them,
/// and, when asked, shared chains left with no rule of their own.
/// </summary>
internal static class FirewallScript
{
    public static string? ForNetwork(string table, string saved, string subnet, IReadOnlyCollection<string> sharedChains)
    {
        var rules = saved.Split('\n').Where(l => l.StartsWith("-A ", StringComparison.Ordinal)).ToList();
        var chains = saved.Split('\n').Where(l => l.StartsWith(':')).Select(l => l[1..].Split(' ')[0]).ToHashSet(StringComparer.Ordinal);
        var doomedChains = rules
            .Where(r => r.Contains(" " + subnet + " ", StringComparison.Ordinal) || r.EndsWith(" " + subnet, StringComparison.Ordinal))
            .Select(JumpTarget).OfType<string>()
            .Where(c => c.StartsWith("NETAVARK-", StringComparison.Ordinal) && !sharedChains.Contains(c) && c is not "NETAVARK-HOSTPORT-DNAT" and not "NETAVARK-HOSTPORT-SETMARK" and not "NETAVARK-HOSTPORT-MASQ")
            .SelectMany(c => new[] { c, c.Replace("NETAVARK-", "NETAVARK-DN-", StringComparison.Ordinal) })
            .Where(chains.Contains)
            .ToHashSet(StringComparer.Ordinal);
        var doomedRules = rules.Where(r =>
            NamesSubnet(r, subnet) || (JumpTarget(r) is { } target && doomedChains.Contains(target)) || doomedChains.Contains(ChainOf(r))).ToList();
        var remaining = rules.Except(doomedRules).ToList();
        var emptyShared = sharedChains.Where(c => chains.Contains(c) && remaining.All(r => ChainOf(r) != c)).ToHashSet(StringComparer.Ordinal);
        doomedRules.AddRange(remaining.Where(r => JumpTarget(r) is { } target && emptyShared.Contains(target)));
        doomedChains.UnionWith(emptyShared);
        if (doomedRules.Count == 0 && doomedChains.Count == 0)
        {
            return null;
        }

        var script = new StringBuilder().Append('*').Append(table).Append('\n');
        // Rules inside a doomed chain go with its flush; only the others are deleted one by one.
        foreach (var rule in doomedRules.Where(r => !doomedChains.Contains(ChainOf(r))).Distinct())
        {
            script.Append("-D ").Append(rule[3..]).Append('\n');
        }

        foreach (var chain in doomedChains)
        {
            script.Append("-F ").Append(chain).Append('\n');
        }

        foreach (var chain in doomedChains)
        {
            script.Append("-X ").Append(chain).Append('\n');
        }

        return script.Append("COMMIT\n").ToString();
    }

    private static bool NamesSubnet(string rule, string subnet) =>
        rule.Contains(" " + subnet + " ", StringComparison.Ordinal) || rule.EndsWith(" " + subnet, StringComparison.Ordinal);

    private static string ChainOf(string rule) => rule.Split(' ')[1];

    private static string? JumpTarget(string rule)
    {
        var parts = rule.Split(' ');
        var jump = Array.IndexOf(parts, "-j");
        return jump >= 0 && jump + 1 < parts.Length ? parts[jump + 1] : null;
    }
}
