using Compose.Errors;
using Compose.Loading.Binding;
using Compose.Loading.Interpolation;
using Compose.Loading.Merging;
using Compose.Loading.Profiles;
using Compose.Loading.Tree;
using Compose.Loading.Yaml;
using Compose.Model;

namespace Compose.Loading;

/// <summary>
/// The loader's only entry point. Stages, in order (docs/loading.md): environment → locate files → read YAML →
/// interpolate → extends → include → merge → unique entries → extension fields → profiles → bind → name →
/// normalize → check consistency.
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

        var tree = await LoadTreeAsync(request, files, projectDirectory, variables, warnings, cancellationToken).ConfigureAwait(false);
        var selection = ProfileSelection.Select(request, variables, tree["services"] as MappingNode);
        var profiles = ProfileFilter.Apply(tree, selection);
        var root = profiles.Tree;

        var (nameValue, nameLocation) = root["name"] is ScalarNode { IsNull: false } name ? (name.Value, name.Location) : ((string?)null, (SourceLocation?)null);
        var projectName = ProjectNameResolver.Resolve(request.ProjectName, variables.Variables, nameValue, nameLocation, projectDirectory);
        if (root["version"] is not null)
        {
            warnings.Add("the attribute `version` is obsolete, it will be ignored; please remove it to avoid potential confusion.");
        }

        var bound = await ModelBinder.BindAsync(root, new BindingContext
        {
            ProjectName = projectName,
            ProjectDirectory = projectDirectory,
            WorkingDirectory = request.WorkingDirectory,
            ConfigFiles = files,
            Variables = variables,
            Interpolated = request.Interpolate,
        }, cancellationToken).ConfigureAwait(false);
        ConsistencyChecker.Check(bound.Project, bound.Sources);
        return new LoadResult(bound.Project with { DisabledServices = profiles.Disabled }, [.. warnings])
        {
            Sources = bound.Sources,
            AllProfiles = profiles.AllProfiles,
            ActiveProfiles = selection.Active,
        };
    }

    /// <summary>
    /// The tree stages: read, interpolate, extends and include per file, merge the files, collapse duplicate
    /// entries, drop extension fields where they are not kept.
    /// </summary>
    private static async Task<MappingNode> LoadTreeAsync(LoadRequest request, IReadOnlyList<string> files, string projectDirectory, VariableSource variables, List<string> warnings, CancellationToken cancellationToken)
    {
        var loader = new ComposeTreeLoader(request.WorkingDirectory, request.Interpolate, new UnsetVariables(warnings));
        var scope = new TreeScope(variables, projectDirectory, []);
        var tree = await loader.LoadAsync(files, scope, null, cancellationToken).ConfigureAwait(false);
        return ExtensionFields.Prune(Unicity.Apply(tree));
    }
}
