namespace Compose.Images;

/// <summary>composectl pulled <paramref name="Reference"/> (or found it up to date) at <paramref name="PulledAt"/>, and got <paramref name="ImageId"/>.</summary>
public sealed record PullRecord(string Reference, string ImageId, DateTimeOffset PulledAt);
