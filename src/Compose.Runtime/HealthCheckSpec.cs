using System.Collections.Immutable;

namespace Compose.Runtime;

/// <summary>
/// A container health check. <see cref="Test"/> is the engine's form: <c>["NONE"]</c> disables the image's check,
/// <c>["CMD", ...]</c> execs, <c>["CMD-SHELL", "cmd"]</c> runs through the shell; empty inherits the image's.
/// </summary>
public sealed record HealthCheckSpec
{
    public ImmutableArray<string> Test { get; init; } = [];
    public TimeSpan? Interval { get; init; }
    public TimeSpan? Timeout { get; init; }
    public int? Retries { get; init; }
    public TimeSpan? StartPeriod { get; init; }
    public TimeSpan? StartInterval { get; init; }

    public static HealthCheckSpec Disabled { get; } = new() { Test = ["NONE"] };
}
