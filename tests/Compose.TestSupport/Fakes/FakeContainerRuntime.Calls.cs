namespace Compose.TestSupport.Fakes;

/// <summary>Lets a test wait for a call to happen: a real signal, no polling.</summary>
public sealed partial class FakeContainerRuntime
{
    private readonly List<(string Call, TaskCompletionSource Done)> _callWaiters = [];

    public Task WaitForCallAsync(string call)
    {
        lock (_callWaiters)
        {
            if (_calls.Any(c => c.Text == call))
            {
                return Task.CompletedTask;
            }

            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _callWaiters.Add((call, done));
            return done.Task.WaitAsync(TimeSpan.FromSeconds(20));
        }
    }

    private void SignalCall(string call)
    {
        lock (_callWaiters)
        {
            foreach (var waiter in _callWaiters.Where(w => w.Call == call).ToList())
            {
                waiter.Done.TrySetResult();
                _callWaiters.Remove(waiter);
            }
        }
    }
}
