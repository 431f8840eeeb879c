namespace Compose.Runtime.Native.State;

/// <summary>The supervisor of a group, as it recorded itself: its process and when it started (to tell a reused pid).</summary>
public sealed record SupervisorRecord(int Pid, long ProcessStartTicks, DateTimeOffset Started);
