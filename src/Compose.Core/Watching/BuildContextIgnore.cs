using Compose.Runtime.Build;

namespace Compose.Watching;

/// <summary>A service's build context directory and its <c>.dockerignore</c> rules, which watch honours as docker compose does.</summary>
public sealed record BuildContextIgnore(string Directory, IgnoreRules Rules);
