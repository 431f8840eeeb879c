using System.Collections.Immutable;

namespace Compose.Cli.Rendering;

/// <summary>
/// One colour per service for log prefixes (<c>web-1  | </c>), stable across runs: the project's services are given
/// the palette in name order, so the same project always shows the same colours; a service outside that list gets a
/// colour from a hash of its name. With colours disabled (NO_COLOR, <c>--ansi never</c>, not a terminal) text passes
/// through unchanged. Shared by <c>logs</c>, <c>attach</c> and attached <c>up</c>.
/// </summary>
public sealed class ServiceColors
{
    /// <summary>docker compose's order: cyan, yellow, green, magenta, blue, then the bright variants.</summary>
    private static readonly ImmutableArray<string> Palette = ["36", "33", "32", "35", "34", "36;1", "33;1", "32;1", "35;1", "34;1"];

    private readonly ImmutableDictionary<string, string> _assigned;

    public ServiceColors(IEnumerable<string> services, bool enabled)
    {
        Enabled = enabled;
        _assigned = services.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select((name, index) => KeyValuePair.Create(name, Palette[index % Palette.Length]))
            .ToImmutableDictionary(StringComparer.Ordinal);
    }

    public static ServiceColors Disabled { get; } = new([], enabled: false);

    public bool Enabled { get; }

    /// <summary>The SGR code of the service's colour, e.g. <c>36</c> (cyan).</summary>
    public string CodeFor(string service) =>
        _assigned.TryGetValue(service, out var code) ? code : Palette[(int)(Fnv1a(service) % (uint)Palette.Length)];

    /// <summary>The text in the service's colour, or unchanged when colours are off.</summary>
    public string Paint(string service, string text) =>
        Enabled ? Ansi.Wrap(CodeFor(service), text) : text;

    private static uint Fnv1a(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
