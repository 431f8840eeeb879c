using System.Collections.Immutable;

namespace Compose.Cli.Commands;

/// <summary><c>-e KEY=VALUE</c> as given, and <c>-e KEY</c> taken from composectl's own environment (dropped when unset), as docker does.</summary>
internal static class EnvironmentArguments
{
    public static ImmutableArray<string> Resolve(IEnumerable<string> values, IReadOnlyDictionary<string, string> environment) =>
        [.. values
            .Select(v => v.Contains('=') ? v : environment.TryGetValue(v, out var fromShell) ? $"{v}={fromShell}" : null)
            .OfType<string>()];
}
