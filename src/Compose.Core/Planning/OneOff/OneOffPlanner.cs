using Compose.Model;
using Compose.Observing;
using Compose.Planning.Steps;

namespace Compose.Planning.OneOff;

/// <summary>
/// Plans <c>run</c>, from one observation of the whole project: with <c>--remove-orphans</c> the removal of orphan
/// containers first (judged against the whole project); then the project's networks and volumes and (unless
/// <c>--no-deps</c>) the service's dependencies, planned as an <c>up</c> of a copy of the project that holds only
/// those dependencies, ending with waits for the service's own <c>depends_on</c> conditions, so the one-off starts
/// when <c>up</c> would start the service; then the one-off container itself.
/// </summary>
public static class OneOffPlanner
{
    public static OneOffPlan Plan(Project project, ObservedState observed, OneOffOptions options)
    {
        var spec = OneOffSpecBuilder.Build(project, options);
        var builder = new PlanBuilder();
        var orphans = options.RemoveOrphans ? builder.Append(Planner.PlanRemoveOrphans(project, observed), []) : [];
        var prerequisites = builder.Append(Planner.PlanUp(Prerequisites(project, options), observed, PrerequisiteOptions(project, options)), orphans);
        var resource = $"container:{spec.Name}";
        // Made as soon as its networks and volumes exist, like a service's containers; started once every
        // prerequisite is done (dependencies started, their conditions met).
        var create = builder.Add(new CreateContainerStep
        {
            Id = 0, Resource = resource, Reason = $"one-off container of {options.Service}", Spec = spec, DisplayName = spec.Name,
            DependsOn = [.. orphans, .. prerequisites.Where(id => builder.Steps[id - 1] is CreateNetworkStep or CreateVolumeStep)],
        });
        var reference = ContainerRef.CreatedBy(create, spec.Name);
        var start = builder.Add(new StartContainerStep
        {
            Id = 0, Resource = resource, Reason = "run", Container = reference, DependsOn = [create, .. Last(builder, prerequisites)],
        });
        int? remove = options.RemoveAfterRun && !options.Detach
            ? builder.Add(new RemoveContainerStep
            {
                Id = 0, Resource = resource, Reason = "run --rm, once it has exited", Container = reference, Force = true, RemoveAnonymousVolumes = true, DependsOn = [start],
            })
            : null;
        return new OneOffPlan(builder.Build(), spec, create, start, remove);
    }

    /// <summary>The steps of <paramref name="ids"/> no other step waits for: when they are done, all are.</summary>
    private static IEnumerable<int> Last(PlanBuilder builder, IReadOnlyCollection<int> ids)
    {
        var awaited = ids.SelectMany(id => builder.Steps[id - 1].DependsOn).ToHashSet();
        return ids.Where(id => !awaited.Contains(id));
    }

    /// <summary>The project with only the service's dependencies (none with <c>--no-deps</c>), so it judges no orphans.</summary>
    private static Project Prerequisites(Project project, OneOffOptions options)
    {
        var dependencies = options.NoDependencies ? [] : ServiceSelection.WithDependencies(project, [options.Service]).Remove(options.Service);
        return project with { Services = ModelMaps.From(project.Services.Where(s => dependencies.Contains(s.Key))) };
    }

    private static UpOptions PrerequisiteOptions(Project project, OneOffOptions options) => new()
    {
        IgnoreOrphans = true,
        WaitFor = options.NoDependencies ? ModelMaps.Empty<ServiceDependency>() : project.Services[options.Service].DependsOn,
    };
}
