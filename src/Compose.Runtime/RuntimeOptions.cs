namespace Compose.Runtime;

/// <summary>What a driver is created from: which one, and the surroundings it reads its settings from (never the process's own).</summary>
public sealed record RuntimeOptions
{
    /// <summary><c>docker</c>, <c>podman</c> or <c>native</c>.</summary>
    public required string Driver { get; init; }

    /// <summary>The environment the driver resolves its endpoint, credentials and state root from.</summary>
    public required IReadOnlyDictionary<string, string> Environment { get; init; }

    /// <summary>The native driver's state directory from <c>--root</c>; it beats <c>COMPOSE_NATIVE_ROOT</c>. Null: not given.</summary>
    public string? NativeRoot { get; init; }

    public TimeProvider Time { get; init; } = TimeProvider.System;
}
