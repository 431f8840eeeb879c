namespace Compose.Operations.Exec;

/// <summary>
/// <c>cp SRC DEST</c>, one side <c>SERVICE:PATH</c>, the other a local path (relative to <see cref="WorkingDirectory"/>)
/// or <c>-</c>: a tar on <see cref="Input"/> or <see cref="Output"/>.
/// </summary>
public sealed record CopyRequest
{
    public required CopyEndpoint Source { get; init; }

    public required CopyEndpoint Destination { get; init; }

    public int? Index { get; init; }

    /// <summary><c>-a</c>: copy owners (into the container: its configured user's).</summary>
    public bool Archive { get; init; }

    /// <summary><c>-L</c>: follow a symbolic link at the source.</summary>
    public bool FollowLink { get; init; }

    public required string WorkingDirectory { get; init; }

    public Stream? Input { get; init; }

    public Stream? Output { get; init; }
}
