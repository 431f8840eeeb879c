namespace Compose.Cli.Commands.Logs;

/// <summary>A container whose logs are printed: its id, the name shown in the prefix, and its service (for the colour).</summary>
internal sealed record LogSource(string Id, string DisplayName, string Service);
