namespace Compose.Reconciling;

/// <summary>One reason for a pass, e.g. <c>engine: container demo-web-1 removed</c>, <c>files: compose.yaml</c>.</summary>
public sealed record ReconcileTrigger(TriggerKind Kind, string Detail)
{
    public static ReconcileTrigger Start { get; } = new(TriggerKind.Start, "controller started");

    public static ReconcileTrigger Periodic { get; } = new(TriggerKind.Periodic, "periodic full pass");

    public override string ToString() => $"{Kind.ToString().ToLowerInvariant()}: {Detail}";

    /// <summary>A batch of triggers as one line: each distinct one, the first few of each kind.</summary>
    public static string Describe(IReadOnlyCollection<ReconcileTrigger> triggers)
    {
        const int shown = 3;
        var parts = triggers.Distinct().GroupBy(t => t.Kind).Select(g =>
        {
            var details = g.Select(t => t.Detail).Take(shown).ToList();
            var more = g.Count() > shown ? $" (+{g.Count() - shown} more)" : "";
            return $"{g.Key.ToString().ToLowerInvariant()}: {string.Join(", ", details)}{more}";
        });
        return string.Join("; ", parts);
    }
}
