namespace Compose.Runtime;

/// <summary>
/// One message of a pull, push or build stream: a layer's status (<c>Downloading</c>, <c>Pull complete</c>) with
/// byte counts, or a line of build output. Errors in the stream are thrown, not reported here.
/// </summary>
public sealed record ImageProgress
{
    /// <summary>The layer (pull, push) the message is about; null for whole-image messages and build output.</summary>
    public string? Id { get; init; }
    public string? Status { get; init; }
    public long? Current { get; init; }
    public long? Total { get; init; }

    /// <summary>Build output text (may hold several lines).</summary>
    public string? Output { get; init; }

    /// <summary>Set on the message that names the built image's id.</summary>
    public string? ImageId { get; init; }
}
