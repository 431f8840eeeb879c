namespace Compose.Model;

/// <summary>A block IO rate limit for one device: bytes per second (bps, byte units allowed) or operations per second (iops).</summary>
public sealed record BlkioRate(string Path, long Rate);
