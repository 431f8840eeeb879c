using System.Text;
using System.Text.RegularExpressions;

namespace Compose.Runtime.Native.Images.Build;

/// <summary>
/// The base images a Dockerfile's <c>FROM</c> lines name, after <c>ARG</c> substitution (global <c>ARG</c>s before the
/// first <c>FROM</c>, overridden by build args) and without <c>scratch</c> or earlier stages' names: what must be in
/// the builder's storage before it starts, since the native builder pulls nothing itself.
/// </summary>
internal static partial class DockerfileBases
{
    public static IReadOnlyList<string> Find(string dockerfile, IReadOnlyDictionary<string, string> buildArgs)
    {
        var arguments = new Dictionary<string, string>(StringComparer.Ordinal);
        var stages = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var bases = new List<string>();
        var seenFrom = false;
        foreach (var instruction in Instructions(dockerfile))
        {
            var parts = instruction.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2)
            {
                continue;
            }

            if (!seenFrom && parts[0].Equals("ARG", StringComparison.OrdinalIgnoreCase))
            {
                var (name, value) = parts[1].IndexOf('=') is var eq and > 0 ? (parts[1][..eq], parts[1][(eq + 1)..].Trim('"')) : (parts[1], "");
                arguments[name] = buildArgs.TryGetValue(name, out var given) ? given : value;
            }
            else if (parts[0].Equals("FROM", StringComparison.OrdinalIgnoreCase))
            {
                seenFrom = true;
                AddBase(parts, arguments, stages, bases);
            }
        }

        return bases;
    }

    private static void AddBase(string[] parts, Dictionary<string, string> arguments, HashSet<string> stages, List<string> bases)
    {
        var words = parts.Skip(1).Where(p => !p.StartsWith("--", StringComparison.Ordinal)).ToList();
        if (words.Count == 0)
        {
            return;
        }

        var image = Substitute(words[0], arguments);
        if (words.Count >= 3 && words[1].Equals("AS", StringComparison.OrdinalIgnoreCase))
        {
            stages.Add(words[2]);
        }

        if (!image.Equals("scratch", StringComparison.OrdinalIgnoreCase) && !stages.Contains(image) && !bases.Contains(image) && image.Length > 0)
        {
            bases.Add(image);
        }
    }

    /// <summary>Joins continued lines and drops comments and blank lines.</summary>
    private static IEnumerable<string> Instructions(string dockerfile)
    {
        var current = new StringBuilder();
        foreach (var raw in dockerfile.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var continued = line.EndsWith('\\');
            current.Append(continued ? line[..^1] : line).Append(' ');
            if (!continued)
            {
                var text = current.ToString().Trim();
                current.Clear();
                if (text.Length > 0)
                {
                    yield return text;
                }
            }
        }
    }

    private static string Substitute(string word, Dictionary<string, string> arguments) =>
        Variable().Replace(word, match =>
        {
            var name = match.Groups["braced"].Success ? match.Groups["braced"].Value : match.Groups["bare"].Value;
            var value = arguments.GetValueOrDefault(name, "");
            return value.Length == 0 && match.Groups["default"].Success ? match.Groups["default"].Value : value;
        });

    [GeneratedRegex(@"\$\{(?<braced>[A-Za-z_][A-Za-z0-9_]*)(?::-(?<default>[^}]*))?\}|\$(?<bare>[A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex Variable();
}
