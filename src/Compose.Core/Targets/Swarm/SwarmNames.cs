using Compose.Model;

namespace Compose.Targets.Swarm;

/// <summary>
/// Names of a stack's objects, as <c>docker stack</c> makes them: <c>STACK_KEY</c> unless the files give a
/// <c>name:</c>. Secrets and configs without one get a version suffix from their content (<c>STACK_KEY-1a2b3c4d5e</c>),
/// since a swarm object's data never changes: new content is a new object, and the services that use it roll over.
/// </summary>
public static class SwarmNames
{
    /// <summary>The engine's limit on a secret's or config's name.</summary>
    public const int MaxObjectName = 64;

    public static string Scope(string stack, string key) => $"{stack}_{key}";

    /// <summary>
    /// A network's or volume's swarm name: the normalizer named it <c>PROJECT_KEY</c> unless the files did; the
    /// stack's name replaces the project's in the former (they differ when <c>deploy</c> is given a stack name).
    /// </summary>
    public static string Resource(Project project, string stack, string key, string normalizedName, bool external) =>
        external || normalizedName != $"{project.Name}_{key}" ? normalizedName : Scope(stack, key);

    /// <summary><c>STACK_KEY-DIGEST10</c>, the scoped part shortened if needed to stay within the engine's limit.</summary>
    public static string Versioned(string stack, string key, string digest)
    {
        var suffix = "-" + digest[..10];
        var scoped = Scope(stack, key);
        return (scoped.Length + suffix.Length > MaxObjectName ? scoped[..(MaxObjectName - suffix.Length)] : scoped) + suffix;
    }

    /// <summary>The compose name of a stack service (<c>demo_web</c> → <c>web</c>).</summary>
    public static string Descope(string stack, string name) =>
        name.StartsWith(stack + "_", StringComparison.Ordinal) ? name[(stack.Length + 1)..] : name;
}
