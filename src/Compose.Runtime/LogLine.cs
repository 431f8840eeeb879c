namespace Compose.Runtime;

/// <summary>One line of container output, without its line ending; <see cref="Timestamp"/> is set when asked for.</summary>
public sealed record LogLine(OutputStream Stream, string Text, DateTimeOffset? Timestamp);
