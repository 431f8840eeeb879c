using Compose.Model;

namespace Compose.Planning.Steps;

/// <summary>
/// One lifecycle hook, run as an exec in the container: a <c>post_start</c> entry right after the start (later steps
/// wait for it), a <c>pre_stop</c> entry right before the stop. One step per entry, so the plan shows every exec.
/// </summary>
public sealed record RunHookStep : PlanStep
{
    public required ContainerRef Container { get; init; }

    public required ServiceHook Hook { get; init; }

    /// <summary><c>post_start</c> or <c>pre_stop</c>, as messages name the hook.</summary>
    public required string Kind { get; init; }

    /// <summary>
    /// Whether a failing hook fails the plan (<c>post_start</c>, as docker compose) or is reported and the plan goes on
    /// (<c>pre_stop</c>: a broken hook must not keep <c>down</c> from cleaning up).
    /// </summary>
    public required bool FailOnError { get; init; }
}
