namespace Compose.Runtime;

public sealed record ContainerExit(int ExitCode, string? Error);
