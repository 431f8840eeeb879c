using Compose.Errors;
using Compose.Loading.Binding;
using Compose.Loading.Files;
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
/// normalize → check consistency → drop unused resources.
/// </summary>
public static class ProjectLoader
{
    public static async Task<LoadResult> LoadAsync(LoadRequest request, CancellationToken cancellationToken)
    {
        var warnings = new List<string>();
        var shell = await EnvironmentResolver.ShellAsync(request, cancellationToken).ConfigureAwait(false);
        var files = ConfigFileLocator.Locate(request, shell, warnings);
        var projectDirectory = PathCharacters.FullPath(request.ProjectDirectory ?? Path.GetDirectoryName(files[0])!, request.WorkingDirectory, null, "--project-directory");
        var variables = await EnvironmentResolver.ProjectAsync(request, shell, projectDirectory, cancellationToken).ConfigureAwait(false);

        if (!string.IsNullOrEmpty(request.ProjectName))
        {
            // -p names the project before the files are read, so ${COMPOSE_PROJECT_NAME} in them is that name.
            variables = variables.With(ProjectNameVariable, request.ProjectName);
        }

        var read = await ReadAsync(request, files, projectDirectory, variables, cancellationToken).ConfigureAwait(false);
        var projectName = ProjectNameResolver.Resolve(request.ProjectName, variables.Variables, read.Name?.Value, read.Name?.Location, projectDirectory);
        if (read.Unset.WasReported(ProjectNameVariable))
        {
            // The files use ${COMPOSE_PROJECT_NAME} and only their name: (or the directory) says what it is: read
            // them again with it set, as docker compose does. Files that do not use it are read once.
            variables = variables.With(ProjectNameVariable, projectName);
            read = await ReadAsync(request, files, projectDirectory, variables, cancellationToken).ConfigureAwait(false);
        }

        warnings.AddRange(read.Warnings);
        var (root, profiles, selection) = (read.Profiles.Tree, read.Profiles, read.Selection);
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
            DiscardEnvFiles = request.DiscardEnvFiles,
        }, cancellationToken).ConfigureAwait(false);
        if (request.CheckConsistency)
        {
            ConsistencyChecker.Check(bound.Project, bound.Sources);
        }

        var project = request.AllResources ? bound.Project : UnusedResources.Drop(bound.Project);
        return new LoadResult(project with
        {
            DisabledServices = profiles.Disabled,
            EnvironmentFiles = EnvironmentResolver.FilesUsed(request, projectDirectory),
        }, [.. warnings])
        {
            Sources = bound.Sources,
            AllProfiles = profiles.AllProfiles,
            ActiveProfiles = selection.Active,
        };
    }

    /// <summary>The compose files a request names or finds, without reading them (<c>config --variables</c>).</summary>
    public static async Task<IReadOnlyList<string>> LocateFilesAsync(LoadRequest request, CancellationToken cancellationToken)
    {
        var shell = await EnvironmentResolver.ShellAsync(request, cancellationToken).ConfigureAwait(false);
        return ConfigFileLocator.Locate(request, shell, []);
    }

    private const string ProjectNameVariable = "COMPOSE_PROJECT_NAME";

    /// <summary>The files read into one tree with profiles applied, and what reading them warned about.</summary>
    private sealed record ReadFiles(ProfileSelection Selection, ProfileFilter.Result Profiles, ScalarNode? Name, UnsetVariables Unset, List<string> Warnings);

    private static async Task<ReadFiles> ReadAsync(LoadRequest request, IReadOnlyList<string> files, string projectDirectory, VariableSource variables, CancellationToken cancellationToken)
    {
        var warnings = new List<string>();
        var unset = new UnsetVariables(warnings);
        var tree = await LoadTreeAsync(request, files, projectDirectory, variables, unset, cancellationToken).ConfigureAwait(false);
        RefuseEmpty(tree, files, request.WorkingDirectory);
        var selection = ProfileSelection.Select(request, variables, tree["services"] as MappingNode);
        var profiles = ProfileFilter.Apply(tree, selection);
        var name = profiles.Tree["name"] is ScalarNode { IsNull: false } scalar ? scalar : null;
        return new ReadFiles(selection, profiles, name, unset, warnings);
    }

    /// <summary>
    /// Files that together define nothing (empty, only comments, only the obsolete <c>version</c>) are refused, as
    /// docker compose refuses them ("empty compose file"): most likely the wrong file was named. An empty override
    /// next to a real file is fine, as are empty included files.
    /// </summary>
    private static void RefuseEmpty(MappingNode tree, IReadOnlyList<string> files, string workingDirectory)
    {
        if (tree.Entries.All(e => e.Key.Value == "version"))
        {
            var names = string.Join(", ", files.Select(f => DisplayPaths.For(f, workingDirectory)));
            throw new ComposeException($"{names}: empty compose file; add a services: section, or name the file that has one with -f.");
        }
    }

    /// <summary>
    /// The tree stages: read, interpolate, extends and include per file, merge the files, collapse duplicate
    /// entries, drop extension fields where they are not kept.
    /// </summary>
    private static async Task<MappingNode> LoadTreeAsync(LoadRequest request, IReadOnlyList<string> files, string projectDirectory, VariableSource variables, UnsetVariables unset, CancellationToken cancellationToken)
    {
        var loader = new ComposeTreeLoader(request.WorkingDirectory, request.Interpolate, unset);
        var scope = new TreeScope(variables, projectDirectory, []);
        var tree = await loader.LoadAsync(files, scope, null, cancellationToken).ConfigureAwait(false);
        return ExtensionFields.Prune(Unicity.Apply(tree));
    }
}
