using Compose.Model;

namespace Compose.Loading;

/// <summary>
/// Drops the top-level networks, volumes, secrets, configs and models that no service of the project uses, as docker
/// compose does for every command unless <c>--all-resources</c> (compose-go's <c>WithoutUnnecessaryResources</c>):
/// what a service of an inactive profile alone uses is not created. A use is a service's network, a
/// <c>type: volume</c> mount with a source, a service or build secret, a config, a model. Models are dropped too,
/// as in the compose-go versions that know them.
/// </summary>
public static class UnusedResources
{
    public static Project Drop(Project project)
    {
        var services = project.Services.Values;
        var networks = services.SelectMany(s => s.Networks.Keys).ToHashSet(StringComparer.Ordinal);
        var volumes = services.SelectMany(s => s.Volumes)
            .Where(m => m is { Type: ServiceMount.Volume, Source.Length: > 0 })
            .Select(m => m.Source!)
            .ToHashSet(StringComparer.Ordinal);
        var secrets = services.SelectMany(s => s.Secrets.Concat(s.Build?.Secrets ?? [])).Select(r => r.Source).ToHashSet(StringComparer.Ordinal);
        var configs = services.SelectMany(s => s.Configs).Select(r => r.Source).ToHashSet(StringComparer.Ordinal);
        var models = services.SelectMany(s => s.Models.Keys).ToHashSet(StringComparer.Ordinal);
        return project with
        {
            Networks = project.Networks.RemoveRange(project.Networks.Keys.Where(k => !networks.Contains(k))),
            Volumes = project.Volumes.RemoveRange(project.Volumes.Keys.Where(k => !volumes.Contains(k))),
            Secrets = project.Secrets.RemoveRange(project.Secrets.Keys.Where(k => !secrets.Contains(k))),
            Configs = project.Configs.RemoveRange(project.Configs.Keys.Where(k => !configs.Contains(k))),
            Models = project.Models.RemoveRange(project.Models.Keys.Where(k => !models.Contains(k))),
        };
    }
}
