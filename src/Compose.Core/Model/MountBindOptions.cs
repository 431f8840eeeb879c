namespace Compose.Model;

/// <summary><c>bind:</c> options of a mount.</summary>
public sealed record MountBindOptions
{
    public string? Propagation { get; init; }

    /// <summary>Create the host path when it is missing; the short syntax implies true.</summary>
    public bool? CreateHostPath { get; init; }

    /// <summary><c>z</c> (shared) or <c>Z</c> (private) relabeling.</summary>
    public string? Selinux { get; init; }

    /// <summary><c>enabled</c>, <c>disabled</c>, <c>writable</c> or <c>readonly</c>.</summary>
    public string? Recursive { get; init; }
}
