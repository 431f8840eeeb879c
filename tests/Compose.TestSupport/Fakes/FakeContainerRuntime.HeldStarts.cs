using Compose.Runtime;

namespace Compose.TestSupport.Fakes;

/// <summary>
/// Starts as a real engine carries them out: once sent, a start lands even when the client stops waiting for it (its
/// token cancelled, as Ctrl+C does). While <see cref="HoldStarts"/> is set, every start stays in flight until
/// <see cref="LandStarts"/>; the client may give up on it meanwhile, the engine does not.
/// </summary>
public sealed partial class FakeContainerRuntime
{
    private readonly List<Task> _landings = [];
    private readonly TaskCompletionSource _land = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool HoldStarts { get; set; }

    /// <summary>Every start held so far lands (the container runs); later ones land at once.</summary>
    public Task LandStarts()
    {
        HoldStarts = false;
        _land.TrySetResult();
        lock (_landings)
        {
            return Task.WhenAll(_landings);
        }
    }

    /// <summary>
    /// The start as the engine sees it: received (<c>start-requested container NAME</c>, for
    /// <see cref="WaitForCallAsync"/>), then carried out when the hold ends, whatever the client does meanwhile.
    /// </summary>
    private Task HeldStartAsync(string id, CancellationToken cancellationToken)
    {
        Record(new("start-requested", "container", NameOf(id)));
        var land = _land.Task;
        var landing = Task.Run(async () =>
        {
            await land;
            SetState(id, "start", ContainerState.Running, "Up");
            OnStarted(id);
        }, CancellationToken.None);
        lock (_landings)
        {
            _landings.Add(landing);
        }

        return landing.WaitAsync(cancellationToken);
    }
}
