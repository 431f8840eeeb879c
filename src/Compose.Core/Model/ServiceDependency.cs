namespace Compose.Model;

/// <summary>A <c>depends_on</c> entry in long syntax.</summary>
public sealed record ServiceDependency
{
    public const string Started = "service_started";
    public const string Healthy = "service_healthy";
    public const string CompletedSuccessfully = "service_completed_successfully";

    public string Condition { get; init; } = Started;
    public bool Required { get; init; } = true;
    public bool Restart { get; init; }
}
