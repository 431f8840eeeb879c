using System.Collections.Immutable;

namespace Compose.Model;

/// <summary>
/// A service's <c>healthcheck:</c>. <see cref="Test"/> is in the engine's form (<c>CMD-SHELL</c> for a string test);
/// null inherits the image's test. <c>disable: true</c> binds to <see cref="Disable"/>.
/// </summary>
public sealed record HealthCheck
{
    public ImmutableArray<string>? Test { get; init; }
    public TimeSpan? Interval { get; init; }
    public TimeSpan? Timeout { get; init; }
    public int? Retries { get; init; }
    public TimeSpan? StartPeriod { get; init; }
    public TimeSpan? StartInterval { get; init; }
    public bool Disable { get; init; }

    /// <summary>True when the check is off: <c>disable: true</c> or a <c>NONE</c> test.</summary>
    public bool IsDisabled => Disable || (Test is { Length: > 0 } test && test[0] == "NONE");
}
