using System.Text;
using Compose.Errors;

namespace Compose.Loading;

/// <summary>
/// The project name: <c>-p</c>, else <c>COMPOSE_PROJECT_NAME</c>, else top-level <c>name:</c>, else the project
/// directory's name lowercased and cleaned to <c>[a-z0-9_-]</c>. Explicit names must already be valid.
/// </summary>
public static class ProjectNameResolver
{
    public static string Resolve(string? flag, IReadOnlyDictionary<string, string> environment, string? nameKey, SourceLocation? nameLocation, string projectDirectory)
    {
        if (!string.IsNullOrEmpty(flag))
        {
            return Validate(flag, "the -p/--project-name value", null);
        }

        if (environment.TryGetValue("COMPOSE_PROJECT_NAME", out var fromEnvironment) && fromEnvironment.Length > 0)
        {
            return Validate(fromEnvironment, "COMPOSE_PROJECT_NAME", null);
        }

        if (!string.IsNullOrEmpty(nameKey))
        {
            return Validate(nameKey, "name", nameLocation);
        }

        var fromDirectory = Normalize(Path.GetFileName(Path.TrimEndingDirectorySeparator(projectDirectory)));
        return fromDirectory.Length > 0
            ? fromDirectory
            : throw new ComposeException(
                $"cannot derive a project name from the directory '{projectDirectory}'; set one with -p, COMPOSE_PROJECT_NAME or a top-level name:.");
    }

    /// <summary>Lowercases and drops every character outside <c>[a-z0-9_-]</c>, and leading <c>_</c>/<c>-</c>.</summary>
    public static string Normalize(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.ToLowerInvariant())
        {
            if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || (builder.Length > 0 && c is '_' or '-'))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    public static bool IsValid(string name) =>
        name.Length > 0 && Normalize(name) == name;

    private static string Validate(string name, string source, SourceLocation? location)
    {
        if (IsValid(name))
        {
            return name;
        }

        var problem = $"'{name}' is not a valid project name: use lowercase letters, digits, dashes and underscores, starting with a letter or digit (e.g. '{Normalize(name)}').";
        throw location is null ? new ComposeException($"{source}: {problem}") : new ComposeFileException(location, source, problem);
    }
}
