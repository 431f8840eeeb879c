namespace Compose.Runtime.Build;

/// <summary>
/// An ordered list of <c>.dockerignore</c> lines with the docker CLI's semantics (see <see cref="IgnorePattern"/>):
/// the last matching line decides, and a <c>!</c> line re-includes what earlier lines excluded. Used for build
/// contexts and, with the same syntax, for <c>develop.watch</c> ignores.
/// </summary>
public sealed class IgnoreRules
{
    private readonly IReadOnlyList<IgnorePattern> _patterns;

    private IgnoreRules(IReadOnlyList<IgnorePattern> patterns)
    {
        _patterns = patterns;
        HasExclusions = patterns.Any(p => p.IsExclusion);
    }

    public static IgnoreRules None { get; } = new([]);

    /// <summary>Some <c>!</c> line may re-include a path below an ignored directory.</summary>
    public bool HasExclusions { get; }

    public bool IsEmpty => _patterns.Count == 0;

    /// <summary>Blank lines and <c>#</c> comments are skipped.</summary>
    public static IgnoreRules Parse(IEnumerable<string> lines) => new([.. lines.Select(IgnorePattern.Parse).OfType<IgnorePattern>()]);

    /// <summary>
    /// The ignore file of a build context: <c>&lt;Dockerfile&gt;.dockerignore</c> beside the Dockerfile when it exists,
    /// else <c>.dockerignore</c> at the context root; no rules when neither exists.
    /// </summary>
    public static async Task<IgnoreRules> LoadForContextAsync(string contextDirectory, string dockerfilePath, CancellationToken cancellationToken)
    {
        var path = FileFor(contextDirectory, dockerfilePath);
        return File.Exists(path) ? Parse(await File.ReadAllLinesAsync(path, cancellationToken).ConfigureAwait(false)) : None;
    }

    internal static string FileFor(string contextDirectory, string dockerfilePath)
    {
        var specific = dockerfilePath + ".dockerignore";
        return File.Exists(specific) ? specific : Path.Combine(contextDirectory, ".dockerignore");
    }

    /// <summary>Whether a path relative to the rules' root (with <c>/</c> separators) is ignored.</summary>
    public bool IsIgnored(string relativePath)
    {
        var ignored = false;
        foreach (var pattern in _patterns)
        {
            // Only a line that could flip the verdict needs its regex run.
            if (pattern.IsExclusion == ignored && pattern.Matches(relativePath))
            {
                ignored = !pattern.IsExclusion;
            }
        }

        return ignored;
    }

    /// <summary>Whether some line matches the path (for <c>include</c> lists: any match selects).</summary>
    public bool AnyMatches(string relativePath) => _patterns.Any(p => !p.IsExclusion && p.Matches(relativePath));
}
