namespace Compose.Model;

/// <summary>A <c>devices:</c> entry: <c>/dev/x[:/dev/y[:rwm]]</c> or a CDI name (<c>vendor.com/class=name</c>, no target).</summary>
public sealed record ServiceDevice
{
    public required string Source { get; init; }
    public string? Target { get; init; }
    public string? Permissions { get; init; }
}
