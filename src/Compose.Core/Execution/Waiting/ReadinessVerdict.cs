namespace Compose.Execution.Waiting;

/// <summary>How a wait ended: ready (with the state to show, e.g. <c>Healthy</c>) or failed (with why).</summary>
public sealed record ReadinessVerdict(bool Ready, string Text)
{
    public static ReadinessVerdict Reached(string text) => new(true, text);

    public static ReadinessVerdict Failed(string why) => new(false, why);
}
