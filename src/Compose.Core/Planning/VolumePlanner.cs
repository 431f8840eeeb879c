using System.Collections.Immutable;
using Compose.Model;
using Compose.Planning.Steps;
using Compose.Runtime;

namespace Compose.Planning;

/// <summary>The volume part of a plan: create what is missing; remove the project's own (never external) on <c>down -v</c>.</summary>
internal static class VolumePlanner
{
    public static Dictionary<string, int> PlanCreate(Project project, ObservedState observed, PlanBuilder builder)
    {
        var steps = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, volume) in project.Volumes.Where(v => !v.Value.External))
        {
            if (observed.VolumesByName.ContainsKey(volume.Name))
            {
                continue;
            }

            steps[key] = builder.Add(new CreateVolumeStep
            {
                Id = 0,
                Resource = $"volume:{key}",
                Reason = "not found",
                Spec = new VolumeCreateSpec
                {
                    Name = volume.Name,
                    Driver = volume.Driver ?? "local",
                    Options = volume.DriverOpts,
                    Labels = volume.Labels.SetItems(new Dictionary<string, string>
                    {
                        [ComposeLabels.Project] = project.Name,
                        [ComposeLabels.Volume] = key,
                        [ComposeLabels.Version] = ComposeLabels.ToolVersion,
                    }),
                },
            });
        }

        return steps;
    }

    public static void PlanRemove(Project project, ObservedState observed, ImmutableArray<int> after, PlanBuilder builder)
    {
        foreach (var (key, volume) in project.Volumes.Where(v => !v.Value.External))
        {
            if (observed.VolumesByName.ContainsKey(volume.Name))
            {
                builder.Add(new RemoveVolumeStep { Id = 0, Resource = $"volume:{key}", Reason = "down -v", VolumeName = volume.Name, DependsOn = after });
            }
        }
    }
}
