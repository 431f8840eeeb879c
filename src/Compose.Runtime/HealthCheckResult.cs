namespace Compose.Runtime;

public sealed record HealthCheckResult(DateTimeOffset Start, DateTimeOffset? End, int ExitCode, string Output);
