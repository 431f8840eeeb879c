namespace Compose.Model;

/// <summary>A relative block IO weight (10-1000) for one device.</summary>
public sealed record BlkioWeightDevice(string Path, int Weight);
