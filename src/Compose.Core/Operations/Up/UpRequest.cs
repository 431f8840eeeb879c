using Compose.Execution.Waiting;
using Compose.Images;
using Compose.Planning;

namespace Compose.Operations.Up;

/// <summary>What an <c>up</c> (or <c>create</c>, <c>scale</c>, the <c>up</c> before a watch) is asked to do.</summary>
public sealed record UpRequest
{
    public UpOptions Options { get; init; } = new();

    /// <summary>How images are pulled and built first.</summary>
    public ImageOptions Images { get; init; } = ImageOptions.Default;

    /// <summary>False for <c>scale</c>: the images are left as they are (nothing pulled or built).</summary>
    public bool PrepareImages { get; init; } = true;

    /// <summary>Plan only: the image work and the plan are returned, nothing is pulled, built or changed.</summary>
    public bool DryRun { get; init; }

    /// <summary><c>--wait</c>: once the plan is carried out, wait until the services run (and are healthy when they have a check).</summary>
    public bool Wait { get; init; }

    /// <summary>The verb this is, for the project lock (<c>up</c>, <c>create</c>, <c>scale</c>, <c>watch</c>): who waits is told who holds it.</summary>
    public string Verb { get; init; } = "up";

    /// <summary>One deadline for every wait of this <c>up</c> (its dependency waits and <c>--wait</c>); null waits as long as it takes.</summary>
    public WaitDeadline? Deadline { get; init; }

    /// <summary>
    /// An attached <c>up</c>'s second interrupt. With it, the first interrupt lets the engine calls in flight finish,
    /// so the stop that follows sees every container this <c>up</c> started, even one whose start was under way; the
    /// second cuts short the ones that make nothing run (<see cref="Execution.PlanExecutor"/>). Null (a detached
    /// <c>up</c>): the interrupt cancels them all, and what started stays until <c>down</c>.
    /// </summary>
    public CancellationToken? SecondInterrupt { get; init; }
}
