namespace Compose.IntegrationTests.Native;

/// <summary>The native runtime's kind of host objects at one moment: bridges named <c>cctl…</c> and namespaces named <c>composectl-…</c>.</summary>
internal sealed record HostSnapshot(IReadOnlySet<string> Bridges, IReadOnlySet<string> Namespaces)
{
    public static async Task<HostSnapshot> TakeAsync()
    {
        var links = await NativeHost.ShellAsync("ip", "-o", "link", "show");
        var bridges = links.Split('\n').Select(l => l.Split(": ")).Where(p => p.Length > 1 && p[1].StartsWith("cctl", StringComparison.Ordinal))
            .Select(p => p[1].Split('@')[0]).ToHashSet(StringComparer.Ordinal);
        var namespaces = (await NativeHost.ShellAsync("ip", "netns", "list")).Split('\n').Select(l => l.Split(' ')[0])
            .Where(n => n.StartsWith("composectl-", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        return new HostSnapshot(bridges, namespaces);
    }
}
