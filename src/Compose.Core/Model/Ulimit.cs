namespace Compose.Model;

/// <summary>
/// One <c>ulimits:</c> entry. A single number sets both limits and is kept as <see cref="Single"/> so the
/// output keeps the short form; otherwise <see cref="Soft"/> and <see cref="Hard"/>.
/// </summary>
public sealed record Ulimit
{
    public long? Single { get; init; }
    public long? Soft { get; init; }
    public long? Hard { get; init; }

    public long EffectiveSoft => Single ?? Soft ?? 0;
    public long EffectiveHard => Single ?? Hard ?? 0;
}
