namespace Compose.Runtime;

public sealed record ImagePullRequest(string Reference)
{
    public string? Platform { get; init; }
}
