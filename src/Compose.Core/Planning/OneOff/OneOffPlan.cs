using Compose.Images;
using Compose.Runtime;

namespace Compose.Planning.OneOff;

/// <summary>
/// The plan of a <c>run</c>: its prerequisites, then the one-off container's create, start and (for an attached
/// <c>--rm</c>) removal, with the ids of those steps, so the run can attach between the create and the start and
/// remove once the container has exited.
/// </summary>
public sealed record OneOffPlan(Plan Plan, ContainerCreateSpec Spec, int CreateStep, int StartStep, int? RemoveStep)
{
    /// <summary>The images pulled or built before the plan was made (its printed form comes first).</summary>
    public ImageWork Images { get; init; } = ImageWork.None;

    /// <summary>What <c>run --dry-run</c> prints: the image lines, then the plan lines.</summary>
    public string ToText() => Images.ToText() + Plan.ToText();

    /// <summary>Everything up to the one-off's creation: orphans removed, networks and volumes made, dependencies up and ready.</summary>
    public Plan Prepare => Plan.Slice(0, CreateStep);

    public Plan Start => Plan.Slice(CreateStep, StartStep);

    public Plan Remove => RemoveStep is { } remove ? Plan.Slice(StartStep, remove) : Plan.Empty;
}
