namespace Compose.Runtime.Build;

/// <summary>
/// The ignore rules of a build context: <c>&lt;Dockerfile&gt;.dockerignore</c> beside the Dockerfile when it
/// exists, else <c>.dockerignore</c> at the context root. The last matching line decides. The Dockerfile and the
/// ignore file itself are always sent, as the docker CLI does, since the builder needs them.
/// </summary>
internal sealed class DockerIgnore
{
    private readonly IgnoreRules _rules;
    private readonly HashSet<string> _alwaysIncluded;

    private DockerIgnore(IgnoreRules rules, IEnumerable<string> alwaysIncluded)
    {
        _rules = rules;
        _alwaysIncluded = new HashSet<string>(alwaysIncluded, StringComparer.Ordinal);
    }

    /// <summary>Some <c>!</c> line may re-include a path below an ignored directory, so such directories must still be walked.</summary>
    public bool HasExclusions => _rules.HasExclusions;

    /// <param name="contextDirectory">The context root.</param>
    /// <param name="dockerfilePath">The Dockerfile's absolute path (possibly outside the context).</param>
    /// <param name="dockerfileEntry">The Dockerfile's path inside the context tar.</param>
    public static async Task<DockerIgnore> LoadAsync(string contextDirectory, string dockerfilePath, string dockerfileEntry, CancellationToken cancellationToken)
    {
        var specific = dockerfilePath + ".dockerignore";
        var rules = await IgnoreRules.LoadForContextAsync(contextDirectory, dockerfilePath, cancellationToken).ConfigureAwait(false);
        return new DockerIgnore(rules, [dockerfileEntry, ".dockerignore", Path.GetRelativePath(contextDirectory, specific).Replace('\\', '/')]);
    }

    /// <summary>Whether an ignored directory must still be walked: a <c>!</c> line or an always-sent file may lie below it.</summary>
    public bool MustDescend(string relativeDirectory) =>
        HasExclusions || _alwaysIncluded.Any(path => path.StartsWith(relativeDirectory + "/", StringComparison.Ordinal));

    public bool IsIgnored(string relativePath) => !_alwaysIncluded.Contains(relativePath) && _rules.IsIgnored(relativePath);
}
