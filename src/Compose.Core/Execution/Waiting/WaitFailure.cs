namespace Compose.Execution.Waiting;

/// <summary>
/// A container that did not get ready: it can no longer reach the condition (<see cref="Reason"/> says why), or
/// the deadline passed while it was still on its way (<see cref="TimedOut"/>; the reason is then described later,
/// from a fresh inspect).
/// </summary>
public sealed record WaitFailure(WaitTarget Target, string Reason, bool TimedOut)
{
    public static WaitFailure Failed(WaitTarget target, string reason) => new(target, reason, TimedOut: false);

    public static WaitFailure NotInTime(WaitTarget target) => new(target, "", TimedOut: true);
}
