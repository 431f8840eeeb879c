using System.Collections.Immutable;
using Compose.Errors;

namespace Compose.Loading;

/// <summary>
/// Decides which compose files to load: <c>-f</c> files, else <c>COMPOSE_FILE</c>, else the first of the standard
/// names found in the working directory or one of its parents, plus its matching override file.
/// </summary>
public static class ConfigFileLocator
{
    public static readonly ImmutableArray<string> StandardNames =
        ["compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml"];

    public static ImmutableArray<string> Locate(LoadRequest request)
    {
        if (!request.ConfigFiles.IsDefaultOrEmpty)
        {
            return [.. request.ConfigFiles.Select(f => Existing(Path.GetFullPath(f, request.WorkingDirectory), "-f"))];
        }

        if (request.Environment.TryGetValue("COMPOSE_FILE", out var composeFile) && composeFile.Length > 0)
        {
            var separator = request.Environment.TryGetValue("COMPOSE_PATH_SEPARATOR", out var sep) && sep.Length > 0 ? sep : ":";
            return [.. composeFile.Split(separator, StringSplitOptions.RemoveEmptyEntries)
                .Select(f => Existing(Path.GetFullPath(f, request.WorkingDirectory), "COMPOSE_FILE"))];
        }

        return Discover(request.WorkingDirectory);
    }

    private static ImmutableArray<string> Discover(string workingDirectory)
    {
        for (var directory = new DirectoryInfo(workingDirectory); directory is not null; directory = directory.Parent)
        {
            foreach (var name in StandardNames)
            {
                var candidate = Path.Combine(directory.FullName, name);
                if (File.Exists(candidate))
                {
                    var overrideFile = Path.Combine(directory.FullName, OverrideName(name));
                    return File.Exists(overrideFile) ? [candidate, overrideFile] : [candidate];
                }
            }
        }

        throw new ComposeException(
            $"no configuration file provided: not found in {workingDirectory} or its parents. Create compose.yaml or pass one with -f.");
    }

    private static string OverrideName(string name) =>
        Path.GetFileNameWithoutExtension(name) + ".override" + Path.GetExtension(name);

    private static string Existing(string path, string source) =>
        File.Exists(path)
            ? path
            : throw new ComposeException($"{path}: no such compose file (from {source}); check the path.");
}
