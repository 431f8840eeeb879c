namespace Compose.Planning.Steps;

public sealed record CreateContainerStep : PlanStep
{
    public required Compose.Runtime.ContainerCreateSpec Spec { get; init; }

    /// <summary>The name users know the container by: differs from <c>Spec.Name</c> while a recreate uses a temporary name.</summary>
    public required string DisplayName { get; init; }

    /// <summary>Whether it replaces an existing container (reported as a recreate).</summary>
    public bool Recreate { get; init; }
}
