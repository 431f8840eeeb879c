namespace Compose.Model;

/// <summary>A service's use of a top-level model: the variables that receive its endpoint and name.</summary>
public sealed record ServiceModelBinding
{
    public string? EndpointVariable { get; init; }
    public string? ModelVariable { get; init; }
}
