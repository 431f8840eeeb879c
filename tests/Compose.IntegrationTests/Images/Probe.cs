namespace Compose.IntegrationTests.Images;

/// <summary>
/// Waits for a service by asking it, as its clients and healthchecks do: no fixed sleeps, a short pause between
/// attempts, and a failure naming what never answered and its last answer.
/// </summary>
public static class Probe
{
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(100);

    public static async Task UntilAsync(string what, TimeSpan limit, Func<Task<(bool Ready, string Answer)>> ask)
    {
        var started = TimeProvider.System.GetTimestamp();
        var answer = "";
        while (TimeProvider.System.GetElapsedTime(started) < limit)
        {
            (var ready, answer) = await ask();
            if (ready)
            {
                return;
            }

            await Task.Delay(Pause, TimeProvider.System);
        }

        throw new TimeoutException($"{what} did not answer within {limit.TotalSeconds:0} s; last answer: {answer.Trim()}");
    }
}
