using System.Collections.Immutable;
using Compose.Errors;
using Compose.Loading.Files;
using Compose.Loading.Interpolation;

namespace Compose.Loading;

/// <summary>
/// The variables loading sees, in docker compose's two steps. Before the files are located, the <c>--env-file</c>
/// files (else those listed in <c>COMPOSE_ENV_FILES</c>, else <c>.env</c> in <c>--project-directory</c> or the working
/// directory) fill in what the shell leaves unset: so <c>COMPOSE_FILE</c>, <c>COMPOSE_PROFILES</c>,
/// <c>COMPOSE_PROJECT_NAME</c> and <c>COMPOSE_PATH_SEPARATOR</c> may come from there. Once the project directory is
/// known, its <c>.env</c> fills in what is still unset (unless env files were named). The shell always wins.
/// </summary>
public static class EnvironmentResolver
{
    /// <summary>Step 1: the shell plus the working directory's <c>.env</c> (or the <c>--env-file</c> files).</summary>
    public static async Task<VariableSource> ShellAsync(LoadRequest request, CancellationToken cancellationToken)
    {
        var shell = new VariableSource(request.Environment);
        var fromFiles = await ReadAsync(request, FirstFiles(request), shell, cancellationToken).ConfigureAwait(false);
        return shell.WithDefaults(fromFiles);
    }

    /// <summary>Step 2: the variables of the project in <paramref name="projectDirectory"/>.</summary>
    public static async Task<VariableSource> ProjectAsync(LoadRequest request, VariableSource shell, string projectDirectory, CancellationToken cancellationToken)
    {
        var dotEnv = Path.Combine(projectDirectory, ".env");
        if (!ExplicitEnvFiles(request).IsEmpty || FirstFiles(request).Any(f => f.Path == dotEnv))
        {
            return shell;
        }

        var fromFile = await ReadAsync(request, [(dotEnv, false)], shell, cancellationToken).ConfigureAwait(false);
        return fromFile.Count == 0 ? shell : shell.WithDefaults(fromFile);
    }

    /// <summary>
    /// The env files the project's variables came from, as docker compose labels them
    /// (<c>com.docker.compose.project.environment_file</c>): the named ones, else the <c>.env</c> that exists.
    /// </summary>
    public static ImmutableArray<string> FilesUsed(LoadRequest request, string projectDirectory)
    {
        if (!ExplicitEnvFiles(request).IsEmpty)
        {
            return [.. FirstFiles(request).Select(f => f.Path)];
        }

        string[] candidates = [Path.Combine(projectDirectory, ".env"), .. FirstFiles(request).Select(f => f.Path)];
        return [.. candidates.Where(File.Exists).Take(1)];
    }

    private static IReadOnlyList<(string Path, bool Required)> FirstFiles(LoadRequest request)
    {
        var explicitFiles = ExplicitEnvFiles(request);
        if (!explicitFiles.IsEmpty)
        {
            return [.. explicitFiles.Select(f => (PathCharacters.FullPath(f, request.WorkingDirectory, null, "--env-file"), true))];
        }

        var directory = request.ProjectDirectory is { } project ? PathCharacters.FullPath(project, request.WorkingDirectory, null, "--project-directory") : request.WorkingDirectory;
        return [(Path.Combine(directory, ".env"), false)];
    }

    /// <summary><c>--env-file</c> values, else <c>COMPOSE_ENV_FILES</c> from the shell (comma-separated), as in docker compose.</summary>
    private static ImmutableArray<string> ExplicitEnvFiles(LoadRequest request) =>
        !request.EnvFiles.IsDefaultOrEmpty ? request.EnvFiles
        : request.Environment.TryGetValue("COMPOSE_ENV_FILES", out var files) && files.Length > 0
            ? [.. files.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]
            : [];

    /// <summary>Reads env files in order; each sees the shell first, then the files before it.</summary>
    private static async Task<Dictionary<string, string>> ReadAsync(LoadRequest request, IReadOnlyList<(string Path, bool Required)> files, VariableSource shell, CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, required) in files)
        {
            var display = DisplayPaths.For(path, request.WorkingDirectory);
            if (!new SourceFile(path, display).Exists())
            {
                if (required)
                {
                    throw new ComposeException($"{path}: env file not found (from --env-file or COMPOSE_ENV_FILES); check the path.");
                }

                continue;
            }

            foreach (var (key, value) in await EnvFile.ReadAsync(path, display, shell.WithDefaults(values), cancellationToken).ConfigureAwait(false))
            {
                values[key] = value;
            }
        }

        return values;
    }
}
