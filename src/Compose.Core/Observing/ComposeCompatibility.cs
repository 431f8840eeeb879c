namespace Compose.Observing;

/// <summary>
/// The docker compose release composectl behaves as. Tools that talk to "docker compose" check its version (IDE
/// integrations, scripts testing <c>docker compose version --short</c> for 2.x), and docker compose writes its own
/// version in the <c>com.docker.compose.version</c> label; composectl's own build version (from git) is a separate
/// thing, printed by <c>composectl version</c>.
/// </summary>
public static class ComposeCompatibility
{
    /// <summary>
    /// docker compose v2.40.3 (2025-10-30), the last 2.x release: its commands, flags, labels, names, JSON output and
    /// exit codes are what composectl reproduces. Raise it when composectl follows a later release's behaviour.
    /// </summary>
    public const string Version = "2.40.3";
}
