using System.Security.Cryptography;
using System.Text;

namespace Compose.Locking;

/// <summary>
/// Where the files composectl shares between its processes for one project on one engine live: the lock, who holds
/// it, the controller's pause requests, its status, and the file a running controller keeps locked. One set per
/// project name and engine endpoint, so the same project name on two engines is two projects.
/// </summary>
/// <remarks>
/// The directory is <c>COMPOSECTL_RUNTIME_DIR</c> when set; for root <c>/run/composectl</c> (a system unit and a root
/// shell then agree whatever their session); else <c>$XDG_RUNTIME_DIR/composectl</c>, else
/// <c>$XDG_STATE_HOME/composectl/run</c> (or <c>~/.local/state/composectl/run</c>). Files under /run vanish at reboot,
/// which is right for locks; a pause request outlives a crash of its writer but not a reboot there.
/// </remarks>
public sealed record ProjectStateFiles(string Directory, string Project, string Endpoint)
{
    /// <summary>The files of <paramref name="project"/> on the engine named by <paramref name="endpoint"/>.</summary>
    public static ProjectStateFiles For(IReadOnlyDictionary<string, string> environment, string project, string endpoint) =>
        new(DirectoryFor(environment), project, endpoint);

    public static string DirectoryFor(IReadOnlyDictionary<string, string> environment)
    {
        if (Value(environment, "COMPOSECTL_RUNTIME_DIR") is { } explicitly)
        {
            return explicitly;
        }

        if (Environment.IsPrivilegedProcess)
        {
            return "/run/composectl";
        }

        if (Value(environment, "XDG_RUNTIME_DIR") is { } runtime)
        {
            return Path.Combine(runtime, "composectl");
        }

        var state = Value(environment, "XDG_STATE_HOME")
            ?? Path.Combine(Value(environment, "HOME") ?? Path.GetTempPath(), ".local", "state");
        return Path.Combine(state, "composectl", "run");
    }

    /// <summary>The name every file of this project starts with: the project, then a short digest of the endpoint.</summary>
    public string Stem => $"{Project}.{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Endpoint)))[..12]}";

    /// <summary>Held (flock, exclusive) by whoever changes the project right now.</summary>
    public string LockFile => Path.Combine(Directory, Stem + ".lock");

    /// <summary>Who holds <see cref="LockFile"/>: pid, verb, since when (for the "waiting for" line).</summary>
    public string HolderFile => Path.Combine(Directory, Stem + ".holder");

    /// <summary>What another command asked the controller to leave alone (<c>down</c>, <c>stop</c>, <c>rm</c>).</summary>
    public string PauseFile => Path.Combine(Directory, Stem + ".pause");

    /// <summary>The controller's status (<c>reconcile status</c>, <c>ps</c>), replaced atomically after each pass.</summary>
    public string StatusFile => Path.Combine(Directory, Stem + ".status.json");

    /// <summary>Held (flock) by a running controller for its whole life: one controller per project, and "is one running?".</summary>
    public string ControllerFile => Path.Combine(Directory, Stem + ".controller");

    public void EnsureDirectory() => System.IO.Directory.CreateDirectory(Directory);

    private static string? Value(IReadOnlyDictionary<string, string> environment, string name) =>
        environment.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;
}
