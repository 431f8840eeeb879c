namespace Compose.Runtime;

public sealed record UlimitSpec(string Name, long Soft, long Hard);
