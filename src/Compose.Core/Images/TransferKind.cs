namespace Compose.Images;

/// <summary>Which way an image's layers travel: the words its progress uses and the layer states that mean done.</summary>
public sealed record TransferKind(string Working, string Done, IReadOnlySet<string> FinalStates)
{
    public static TransferKind Pull { get; } = new("Pulling", "Pulled", new HashSet<string>(StringComparer.Ordinal) { "Pull complete", "Already exists" });

    public static TransferKind Push { get; } = new("Pushing", "Pushed", new HashSet<string>(StringComparer.Ordinal) { "Pushed", "Layer already exists" });

    /// <summary>A layer is done when it reached a final state (<c>Mounted from …</c> names the source repository).</summary>
    public bool IsFinal(string status) => FinalStates.Contains(status) || status.StartsWith("Mounted from", StringComparison.Ordinal);
}
