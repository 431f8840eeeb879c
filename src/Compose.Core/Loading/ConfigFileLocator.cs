using System.Collections.Immutable;
using Compose.Errors;
using Compose.Loading.Files;
using Compose.Loading.Interpolation;

namespace Compose.Loading;

/// <summary>
/// Decides which compose files to load: <c>-f</c> files, else <c>COMPOSE_FILE</c> (split on
/// <c>COMPOSE_PATH_SEPARATOR</c>, default <c>:</c>), else the first standard name found in the project directory
/// (<c>--project-directory</c>, else the working directory) or its nearest parent that has one, plus the first
/// override file (<c>compose.override.yaml</c>, ...) beside it.
/// </summary>
public static class ConfigFileLocator
{
    public static readonly ImmutableArray<string> StandardNames =
        ["compose.yaml", "compose.yml", "docker-compose.yml", "docker-compose.yaml"];

    public static readonly ImmutableArray<string> OverrideNames =
        ["compose.override.yaml", "compose.override.yml", "docker-compose.override.yml", "docker-compose.override.yaml"];

    /// <summary>The files to load, as absolute paths; <paramref name="warnings"/> hears about ambiguous discoveries.</summary>
    public static ImmutableArray<string> Locate(LoadRequest request, VariableSource environment, ICollection<string> warnings)
    {
        if (!request.ConfigFiles.IsDefaultOrEmpty)
        {
            return [.. request.ConfigFiles.Select(f => Existing(PathCharacters.FullPath(f, request.WorkingDirectory, null, "-f"), "-f"))];
        }

        if (environment.TryGet("COMPOSE_FILE", out var composeFile) && composeFile.Length > 0)
        {
            var separator = environment.TryGet("COMPOSE_PATH_SEPARATOR", out var sep) && sep.Length > 0 ? sep : ":";
            return [.. composeFile.Split(separator, StringSplitOptions.RemoveEmptyEntries)
                .Select(f => Existing(PathCharacters.FullPath(f, request.WorkingDirectory, null, "COMPOSE_FILE"), "COMPOSE_FILE"))];
        }

        var start = request.ProjectDirectory is { } project ? PathCharacters.FullPath(project, request.WorkingDirectory, null, "--project-directory") : request.WorkingDirectory;
        return Discover(start, warnings);
    }

    private static ImmutableArray<string> Discover(string start, ICollection<string> warnings)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            var found = Existing(directory.FullName, StandardNames, warnings);
            if (found is not null)
            {
                var overrideFile = Existing(directory.FullName, OverrideNames, warnings);
                return overrideFile is null ? [found] : [found, overrideFile];
            }
        }

        throw new ComposeException(
            $"no configuration file provided: not found in {start} or its parents. Create compose.yaml or pass one with -f.");
    }

    /// <summary>The first of <paramref name="names"/> present in <paramref name="directory"/>; warns when several are.</summary>
    private static string? Existing(string directory, ImmutableArray<string> names, ICollection<string> warnings)
    {
        var present = names.Select(name => Path.Combine(directory, name)).Where(File.Exists).ToList();
        if (present.Count > 1)
        {
            warnings.Add($"Found multiple config files with supported names: {string.Join(", ", present)}. Using {present[0]}.");
        }

        return present.FirstOrDefault();
    }

    private static string Existing(string path, string source) =>
        new SourceFile(path, path).Exists()
            ? path
            : throw new ComposeException($"{path}: no such compose file (from {source}); check the path.");
}
