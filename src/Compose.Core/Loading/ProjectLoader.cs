using System.Collections.Immutable;
using Compose.Errors;
using Compose.Loading.Binding;
using Compose.Loading.Interpolation;
using Compose.Loading.Merging;
using Compose.Loading.Yaml;
using Compose.Model;

namespace Compose.Loading;

/// <summary>
/// The loader's only entry point. Stages, in order (docs/loading.md): locate files → read YAML → interpolate →
/// merge → bind → normalize → check consistency.
/// </summary>
public static class ProjectLoader
{
    public static async Task<LoadResult> LoadAsync(LoadRequest request, CancellationToken cancellationToken)
    {
        var warnings = new List<string>();
        var shell = await EnvironmentResolver.ShellAsync(request, cancellationToken).ConfigureAwait(false);
        var files = ConfigFileLocator.Locate(request, shell, warnings);
        var projectDirectory = Path.GetFullPath(request.ProjectDirectory ?? Path.GetDirectoryName(files[0])!, request.WorkingDirectory);
        var variables = await EnvironmentResolver.ProjectAsync(request, shell, projectDirectory, cancellationToken).ConfigureAwait(false);
        var interpolator = new Interpolator(variables, warnings);

        var trees = new List<Node>(files.Length);
        foreach (var file in files)
        {
            var text = await File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false);
            var tree = YamlReader.Read(DisplayPaths.For(file, request.WorkingDirectory), text);
            trees.Add(request.Interpolate ? interpolator.Interpolate(tree) : tree);
        }

        var root = Unicity.Apply(OverrideMerger.MergeFiles([.. trees.Select(t => NodeReader.Mapping(t, ""))]));
        var (nameValue, nameLocation) = root["name"] is ScalarNode { IsNull: false } name ? (name.Value, name.Location) : ((string?)null, (SourceLocation?)null);
        var projectName = ProjectNameResolver.Resolve(request.ProjectName, variables.Variables, nameValue, nameLocation, projectDirectory);
        if (root["version"] is not null)
        {
            warnings.Add("the attribute `version` is obsolete, it will be ignored; please remove it to avoid potential confusion.");
        }

        var project = Normalizer.Normalize(ProjectBinder.Bind(root, projectName, projectDirectory, files));
        project = ResolveEnvironment(project, variables);
        ConsistencyChecker.Check(project);
        return new LoadResult(project, [.. warnings]);
    }

    /// <summary><c>environment: [NAME]</c> takes NAME from the shell (or .env); it is dropped when unset, as in docker compose.</summary>
    private static Project ResolveEnvironment(Project project, VariableSource variables) => project with
    {
        Services = ModelMaps.From(project.Services.Select(kv => KeyValuePair.Create(kv.Key, kv.Value with
        {
            Environment = ModelMaps.From(kv.Value.Environment
                .Select(e => KeyValuePair.Create(e.Key, e.Value ?? (variables.TryGet(e.Key, out var v) ? v : null)))
                .Where(e => e.Value is not null)),
        }))),
    };
}
