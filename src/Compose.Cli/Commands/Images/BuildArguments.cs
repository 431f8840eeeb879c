using System.Collections.Immutable;
using Compose.Errors;

namespace Compose.Cli.Commands.Images;

/// <summary><c>--build-arg KEY=VALUE</c> as given; <c>--build-arg KEY</c> takes composectl's own environment's value (dropped when unset), as docker does.</summary>
internal static class BuildArguments
{
    public static ImmutableSortedDictionary<string, string> Resolve(IEnumerable<string> values, IReadOnlyDictionary<string, string> environment)
    {
        var args = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            var parts = value.Split('=', 2);
            if (parts[0].Length == 0)
            {
                throw new UsageException($"invalid --build-arg '{value}': use KEY=VALUE or KEY");
            }

            if (parts.Length == 2)
            {
                args[parts[0]] = parts[1];
            }
            else if (environment.TryGetValue(parts[0], out var fromShell))
            {
                args[parts[0]] = fromShell;
            }
        }

        return args.ToImmutable();
    }
}
