using System.Text;

namespace Compose.Cli.Commands.Reconcile;

/// <summary>
/// The systemd unit <c>reconcile install</c> writes: <c>Type=notify</c> (the host reports ready through
/// Hosting.Systemd), restarted on failure, and no <c>ExecStop</c>: stopping the unit ends the loop and leaves the
/// stack running (<c>composectl down</c> is how a stack is taken down).
/// </summary>
internal sealed record SystemdUnit(string Project, string Directory, IReadOnlyList<string> Command, bool User)
{
    /// <summary>Variables the loop needs to reach the same engine and files as the command that installed it.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    public string Name => $"composectl-{Project}.service";

    public string Render()
    {
        var text = new StringBuilder();
        text.Append("# Written by 'composectl reconcile install'; see docs/reconcile.md.\n");
        text.Append("[Unit]\n");
        text.Append($"Description=composectl reconcile loop for project {Project} ({Directory})\n");
        if (!User)
        {
            // A user unit cannot order itself after system units.
            text.Append("After=docker.service network-online.target\nWants=network-online.target\n");
        }

        text.Append("\n[Service]\n");
        text.Append("Type=notify\n");
        text.Append($"WorkingDirectory={Quote(Directory)}\n");
        foreach (var (key, value) in Environment.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            text.Append($"Environment={Quote($"{key}={value}")}\n");
        }

        text.Append($"ExecStart={string.Join(' ', Command.Select(Quote))}\n");
        text.Append("# Stopping the unit ends the loop only: the stack keeps running.\n");
        text.Append("Restart=on-failure\nRestartSec=5\nTimeoutStartSec=infinity\nTimeoutStopSec=30\n");
        text.Append("\n[Install]\n");
        text.Append($"WantedBy={(User ? "default.target" : "multi-user.target")}\n");
        return text.ToString();
    }

    /// <summary>systemd's quoting: double quotes around anything with a space, quote or backslash; <c>%</c> doubled.</summary>
    private static string Quote(string value)
    {
        var escaped = value.Replace("%", "%%", StringComparison.Ordinal);
        return escaped.Any(c => c is ' ' or '"' or '\\' or '\'' or '\t')
            ? $"\"{escaped.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\""
            : escaped;
    }
}
