namespace Compose.Operations;

/// <summary>
/// While it lives, the next interrupt (Ctrl+C, SIGTERM) cancels <see cref="Token"/> instead of the command: an
/// attached <c>up</c> stopping gracefully turns a second Ctrl+C into a kill. The CLI owns the signals and makes these.
/// </summary>
public interface IInterruptWatch : IDisposable
{
    CancellationToken Token { get; }
}
