using System.Collections.Immutable;

namespace Compose.Operations.Up;

/// <summary>How an attached <c>up</c> behaves once the stack is up.</summary>
public sealed record AttachSettings
{
    /// <summary>Services whose output is shown and whose exits are watched.</summary>
    public required ImmutableSortedSet<string> Attached { get; init; }

    /// <summary>Services of this <c>up</c>: the ones stopped on abort or Ctrl+C.</summary>
    public required ImmutableArray<string> Selected { get; init; }

    public AbortMode Abort { get; init; }

    /// <summary><c>--exit-code-from</c>: whose exit code becomes composectl's.</summary>
    public string? ExitCodeFrom { get; init; }

    public bool NoColor { get; init; }
    public bool NoLogPrefix { get; init; }
    public bool Timestamps { get; init; }

    /// <summary>
    /// <c>up --watch</c>: the session lasts until Ctrl+C even when every attached container has exited (a rebuild
    /// replaces containers; the logs of the new ones keep streaming).
    /// </summary>
    public bool UntilInterrupted { get; init; }

    /// <summary><c>-t</c>: grace period when stopping.</summary>
    public TimeSpan? Timeout { get; init; }
}
