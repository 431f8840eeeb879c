using Compose.Errors;
using Compose.Hashing;
using Compose.Model;
using Compose.Observing;
using Compose.Planning.Steps;
using Compose.Runtime;

namespace Compose.Planning;

/// <summary>
/// The volume part of a plan: create what is missing and check that external volumes exist. A volume whose
/// definition changed is never recreated (that would lose its data): the user is told how to do it. On
/// <c>down -v</c> the project's own volumes (never external ones) are removed.
/// </summary>
internal static class VolumePlanner
{
    public static void PlanUp(UpPlanState context)
    {
        foreach (var (key, volume) in context.Project.Volumes)
        {
            if (volume.External)
            {
                RequireExternal(context.Observed, key, volume);
            }
            else if (!context.Observed.VolumesByName.TryGetValue(volume.Name, out var existing))
            {
                context.RecordVolume(key, context.Builder.Add(new CreateVolumeStep { Id = 0, Resource = $"volume:{key}", Reason = "not found", Spec = Spec(context.Project, key, volume) }));
            }
            else if (Diverged(volume, existing))
            {
                context.Builder.Warn(
                    $"volume {volume.Name} exists with a different definition than volumes.{key} in the compose file; it is kept with its data. " +
                    $"To apply the new definition, remove it (losing its data) with 'composectl down -v' or 'docker volume rm {volume.Name}', then run up again.");
            }
        }
    }

    public static void PlanRemove(IEnumerable<KeyValuePair<string, string>> volumes, ObservedState observed, IReadOnlyList<int> after, PlanBuilder builder)
    {
        foreach (var (key, name) in volumes)
        {
            if (observed.VolumesByName.ContainsKey(name))
            {
                builder.Add(new RemoveVolumeStep { Id = 0, Resource = $"volume:{key}", Reason = "down -v", VolumeName = name, DependsOn = [.. after] });
            }
        }
    }

    public static VolumeCreateSpec Spec(Project project, string key, Volume volume) => new()
    {
        Name = volume.Name,
        Driver = volume.Driver ?? "local",
        Options = volume.DriverOpts,
        Labels = volume.Labels.SetItems(new Dictionary<string, string>
        {
            [ComposeLabels.Project] = project.Name,
            [ComposeLabels.Volume] = key,
            [ComposeLabels.Version] = ComposeLabels.ToolVersion,
            [ComposeLabels.ConfigHash] = DefinitionHash.ResourceLabel(DefinitionHash.Of(volume)),
        }),
    };

    private static bool Diverged(Volume volume, VolumeInfo existing) => DefinitionHash.LabelledOtherwise(existing.Labels, DefinitionHash.Of(volume));

    private static void RequireExternal(ObservedState observed, string key, Volume volume)
    {
        ExternalNames.RequireNamed("volumes", key, volume.Name);
        if (!observed.ExternalVolumes.Contains(volume.Name))
        {
            throw new ComposeException(
                $"volume {volume.Name} is declared as external, but could not be found. Create it with 'docker volume create {volume.Name}', or remove 'external: true' so that composectl creates it.");
        }
    }
}
