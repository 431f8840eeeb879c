using System.Collections.Immutable;
using Compose.Loading;
using Compose.Reconciling;

namespace Compose.Cli.Commands.Reconcile;

/// <summary>
/// Loads the project as the command did (same flags, environment and profiles), each time the loop asks, and names
/// its inputs: the files of <see cref="ProjectInputs"/>, the <c>.env</c> the loader read (or would read once it
/// exists), and every file an <c>include</c> or <c>extends</c> pulled in.
/// </summary>
internal sealed class CliProjectSource(CommandContext context, LoadedProject loaded) : IProjectSource
{
    private LoadedProject _latest = loaded;

    /// <summary>The last configuration that loaded (a watch rebuild uses it).</summary>
    public LoadedProject Latest => Volatile.Read(ref _latest);

    public async Task<LoadedProject> LoadAsync(CancellationToken cancellationToken)
    {
        var loaded = Of(await context.LoadProjectAsync(cancellationToken).ConfigureAwait(false), context.LoadRequest);
        Volatile.Write(ref _latest, loaded);
        return loaded;
    }

    public static LoadedProject Of(LoadResult result, LoadRequest request)
    {
        var project = result.Project;
        var envFiles = request.EnvFiles.IsDefaultOrEmpty ? [Path.Combine(project.WorkingDirectory, ".env")] : request.EnvFiles;
        var sources = result.Sources.Files.Select(f => Path.GetFullPath(f, request.WorkingDirectory)).Where(File.Exists);
        return new LoadedProject(project, [.. ProjectInputs.Of(project, envFiles).Concat(sources).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);
    }
}
