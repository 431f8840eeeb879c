namespace Compose.Tests.Fuzzing;

/// <summary>What loading one fuzz case did.</summary>
public enum FuzzOutcome
{
    Loaded,

    /// <summary>A compose error with a file:line:col.</summary>
    RefusedWithLocation,

    /// <summary>A compose error without a line (about a whole file, a path or the project).</summary>
    RefusedWithoutLocation,

    /// <summary>Any other exception, or no answer within the per-case timeout: a bug.</summary>
    Failed,
}
