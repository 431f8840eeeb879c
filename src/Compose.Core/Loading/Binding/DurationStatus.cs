namespace Compose.Loading.Binding;

/// <summary>How a duration's text reads (<see cref="DurationSyntax.Parse"/>).</summary>
public enum DurationStatus
{
    Valid,
    Invalid,

    /// <summary>Well formed, but longer than Go's (and so docker compose's) longest duration.</summary>
    OutOfRange,
}
