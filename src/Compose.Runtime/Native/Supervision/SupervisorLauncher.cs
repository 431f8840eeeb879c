using Compose.Runtime.Native.Processes;
using Compose.Runtime.Native.State;

namespace Compose.Runtime.Native.Supervision;

/// <summary>
/// Makes sure a group has its supervisor: one holds the group's supervisor lock for as long as it runs, so a lock
/// that can be taken means none runs (or it died), and a new one is started in its own session, detached from
/// the command's terminal and process group. Two commands starting one at once is harmless: the second waits for
/// the lock and exits.
/// </summary>
internal sealed class SupervisorLauncher(NativeRoot root, SupervisorCommand command, ToolRunner runner)
{
    public string LockPath(string group) => Path.Combine(root.Locks, $"supervisor-{group}.lock");

    public string LogPath(string group) => Path.Combine(root.Projects, group, "supervisor.log");

    public bool IsRunning(string group) => FileLock.IsHeld(LockPath(group));

    public async Task EnsureRunningAsync(string group, CancellationToken cancellationToken)
    {
        if (IsRunning(group))
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(LogPath(group))!);
        // setsid -f: a new session, so Ctrl+C in the terminal and the end of the command's process group spare it;
        // the shell closes the pipes this process would otherwise wait on.
        var arguments = new List<string>
        {
            "-f", "/bin/sh", "-c", "exec \"$@\" </dev/null >>\"$0\" 2>&1", LogPath(group), command.Program,
        };
        arguments.AddRange(command.Prefix);
        arguments.AddRange([SupervisorCommand.Verb, "--root", root.StateDirectory, "--run-root", root.RunDirectory, "--group", group]);
        await runner.RunAsync(new ToolCall("start the supervisor of", group, "/usr/bin/setsid", arguments), cancellationToken).ConfigureAwait(false);
    }
}
