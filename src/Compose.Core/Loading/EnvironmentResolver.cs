using Compose.Errors;
using Compose.Loading.Interpolation;

namespace Compose.Loading;

/// <summary>
/// The variables interpolation sees: <c>--env-file</c> files (or <c>.env</c> in the project directory when present),
/// overlaid by the process environment, which always wins.
/// </summary>
public static class EnvironmentResolver
{
    public static async Task<VariableSource> ResolveAsync(LoadRequest request, string projectDirectory, CancellationToken cancellationToken)
    {
        var merged = new Dictionary<string, string>(StringComparer.Ordinal);
        var shell = new VariableSource(request.Environment);
        foreach (var (path, required) in EnvFiles(request, projectDirectory))
        {
            if (!File.Exists(path))
            {
                if (required)
                {
                    throw new ComposeException($"{path}: env file not found (from --env-file); check the path.");
                }

                continue;
            }

            var text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
            foreach (var (key, value) in EnvFile.Parse(text, DisplayPaths.For(path, request.WorkingDirectory), shell))
            {
                merged[key] = value;
            }
        }

        foreach (var (key, value) in request.Environment)
        {
            merged[key] = value;
        }

        return new VariableSource(merged);
    }

    private static IEnumerable<(string Path, bool Required)> EnvFiles(LoadRequest request, string projectDirectory) =>
        request.EnvFiles.IsDefaultOrEmpty
            ? [(Path.Combine(projectDirectory, ".env"), false)]
            : request.EnvFiles.Select(f => (Path.GetFullPath(f, request.WorkingDirectory), true));
}
