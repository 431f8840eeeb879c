namespace Compose.Planning.Steps;

/// <summary><c>down --rmi</c>: untags an image the project used. A missing image is not an error.</summary>
public sealed record RemoveImageStep : PlanStep
{
    public required string Reference { get; init; }
}
