using Compose.Loading.Yaml;

namespace Compose.Loading.Binding;

/// <summary>
/// From the merged tree to the normalized model: bind every key (typed errors with file:line:col), read
/// <c>env_file</c>/<c>label_file</c> contents and resolve the environment, then normalize. Consistency checks
/// (references, cycles) run after, on the result, so later stages such as profiles can filter services first.
/// </summary>
public static class ModelBinder
{
    public static Task<BoundProject> BindAsync(MappingNode root, BindingContext context, CancellationToken cancellationToken) =>
        BindAsync(root, context, normalize: true, cancellationToken);

    /// <param name="normalize">False only to compare with references made without normalization (compose-go's tests).</param>
    public static async Task<BoundProject> BindAsync(MappingNode root, BindingContext context, bool normalize, CancellationToken cancellationToken)
    {
        var sources = SourceMap.Build(root);
        var project = ProjectBinder.Bind(root, context);
        project = await new ServiceEnvironmentResolver(context, sources).ResolveAsync(project, cancellationToken).ConfigureAwait(false);
        return new BoundProject(normalize ? Normalizer.Normalize(project, sources) : project, sources);
    }
}
