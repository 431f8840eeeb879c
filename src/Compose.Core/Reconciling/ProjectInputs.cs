using System.Collections.Immutable;
using Compose.Model;

namespace Compose.Reconciling;

/// <summary>
/// The files an edit of which can change what the project should be: the compose files, the <c>.env</c> /
/// <c>--env-file</c> files the loader read, every service's <c>env_file</c>, and the files of the secrets and configs
/// services use: the inputs the config hash covers. Reloading after an edit of any of them lets the hash decide
/// what changed.
/// </summary>
public static class ProjectInputs
{
    public static ImmutableArray<string> Of(Project project, IEnumerable<string> envFiles) =>
        [.. project.ConfigFiles
            .Concat(envFiles.Select(f => Path.GetFullPath(f, project.WorkingDirectory)))
            .Concat(project.Services.Values.SelectMany(s => s.EnvFiles).Select(e => e.Path))
            .Concat(project.Secrets.Values.Concat(project.Configs.Values).Select(f => f.File).OfType<string>())
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];
}
