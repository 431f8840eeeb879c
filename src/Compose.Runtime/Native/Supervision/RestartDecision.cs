namespace Compose.Runtime.Native.Supervision;

/// <summary>Whether and when a container that exited is restarted, by the engine's rules (pure).</summary>
internal static class RestartDecision
{
    private static readonly TimeSpan FirstDelay = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan MaximumDelay = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan ResetAfter = TimeSpan.FromSeconds(10);

    /// <summary><c>always</c> and <c>unless-stopped</c> restart unless stopped on purpose; <c>on-failure[:N]</c> only a non-zero exit, at most N times.</summary>
    public static bool ShouldRestart(RestartPolicySpec? policy, int exitCode, int restartCount, bool stoppedByUser)
    {
        if (stoppedByUser || policy is null)
        {
            return false;
        }

        return policy.Name switch
        {
            "always" or "unless-stopped" => true,
            "on-failure" => exitCode != 0 && (policy.MaximumRetryCount is not > 0 || restartCount < policy.MaximumRetryCount),
            _ => false,
        };
    }

    /// <summary>100 ms, doubled for each restart in a row; back to 100 ms after a run of ten seconds or more; at most a minute.</summary>
    public static TimeSpan Delay(int consecutiveRestarts, TimeSpan lastRun)
    {
        if (lastRun >= ResetAfter)
        {
            return FirstDelay;
        }

        var delay = FirstDelay * Math.Pow(2, Math.Min(consecutiveRestarts, 20));
        return delay > MaximumDelay ? MaximumDelay : delay;
    }
}
