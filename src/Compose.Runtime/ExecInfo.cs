namespace Compose.Runtime;

/// <summary>An exec session's state: <see cref="ExitCode"/> is set once it is no longer running.</summary>
public sealed record ExecInfo(string Id, bool Running, int? ExitCode, int? Pid);
