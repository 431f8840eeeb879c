namespace Compose.TestSupport.Fakes;

/// <summary>Optional latency on creates and starts, to observe how many calls the executor runs at once.</summary>
public sealed partial class FakeContainerRuntime
{
    private int _inFlight;
    private int _maxInFlight;

    /// <summary>How long each create and start takes; zero (the default) completes them at once.</summary>
    public TimeSpan Latency { get; set; }

    /// <summary>The most creates and starts that were in progress at the same time.</summary>
    public int MaxConcurrentCalls => Volatile.Read(ref _maxInFlight);

    private async Task SimulateLatencyAsync(CancellationToken cancellationToken)
    {
        if (Latency <= TimeSpan.Zero)
        {
            return;
        }

        var now = Interlocked.Increment(ref _inFlight);
        int max;
        while (now > (max = Volatile.Read(ref _maxInFlight)) && Interlocked.CompareExchange(ref _maxInFlight, now, max) != max)
        {
        }

        try
        {
            await Task.Delay(Latency, cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }
}
