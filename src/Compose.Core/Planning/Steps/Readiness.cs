namespace Compose.Planning.Steps;

/// <summary>What a container must reach for a wait to end.</summary>
public enum Readiness
{
    /// <summary><c>service_healthy</c>: its health check passed.</summary>
    Healthy,

    /// <summary><c>service_completed_successfully</c>: it exited with code 0.</summary>
    CompletedSuccessfully,

    /// <summary><c>up --wait</c>: running (and healthy when it has a check), or a one-shot that exited with 0.</summary>
    RunningOrHealthy,
}
