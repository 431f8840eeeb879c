using System.Text.Json;
using Compose.Runtime.Native.Processes;

namespace Compose.Runtime.Native.Containers;

/// <summary>runc, with its state under the run directory (<c>runc --root</c>), for everything but create (conmon's job).</summary>
internal sealed class RuncClient(NativeTools tools, NativeRoot root, ToolRunner runner)
{
    public string StateRoot => Path.Combine(root.RunDirectory, "runc");

    public Task StartAsync(string id, CancellationToken cancellationToken) =>
        runner.RunAsync(Call("start container", id, "start", id), cancellationToken);

    /// <summary>Sends a signal to the container's init (to all its processes with <paramref name="all"/>); a container that is not running is not an error.</summary>
    public async Task KillAsync(string id, string signal, bool all, CancellationToken cancellationToken)
    {
        if (!Knows(id))
        {
            return;
        }

        var result = await runner.ExecuteAsync(all ? Call("kill container", id, "kill", "--all", id, signal) : Call("kill container", id, "kill", id, signal), cancellationToken).ConfigureAwait(false);
        if (result.ExitCode != 0 && !IsGone(result.StandardError))
        {
            throw ToolRunner.Failure(Call("kill container", id), result);
        }
    }

    /// <summary>Forgets the container (killing it first); nothing to do when runc does not know it.</summary>
    public async Task DeleteAsync(string id, CancellationToken cancellationToken)
    {
        if (!Knows(id))
        {
            return;
        }

        var result = await runner.ExecuteAsync(Call("delete container", id, "delete", "--force", id), cancellationToken).ConfigureAwait(false);
        if (result.ExitCode != 0 && !IsGone(result.StandardError))
        {
            throw ToolRunner.Failure(Call("delete container", id), result);
        }
    }

    public Task PauseAsync(string id, CancellationToken cancellationToken) => runner.RunAsync(Call("pause container", id, "pause", id), cancellationToken);

    public Task ResumeAsync(string id, CancellationToken cancellationToken) => runner.RunAsync(Call("unpause container", id, "resume", id), cancellationToken);

    /// <summary>The pids of the container's processes (host pids).</summary>
    public async Task<IReadOnlyList<int>> ProcessIdsAsync(string id, CancellationToken cancellationToken)
    {
        var output = await runner.RunAsync(Call("list processes of container", id, "ps", "--format", "json", id), cancellationToken).ConfigureAwait(false);
        return JsonSerializer.Deserialize(output, RuncJsonContext.Default.ListInt32) ?? [];
    }

    /// <summary>runc's status (<c>created</c>, <c>running</c>, <c>paused</c>, <c>stopped</c>), or null when it does not know the container.</summary>
    public async Task<string?> StatusAsync(string id, CancellationToken cancellationToken)
    {
        var result = await runner.ExecuteAsync(Call("read state of container", id, "state", id), cancellationToken).ConfigureAwait(false);
        return result.ExitCode != 0 ? null : JsonSerializer.Deserialize(result.StandardOutput, RuncJsonContext.Default.RuncState)?.Status;
    }

    /// <summary>
    /// Whether runc has state for the container (its directory under <see cref="StateRoot"/>). Without it runc would
    /// only answer "does not exist", which kill and delete take as nothing to do: not asking saves a runc process
    /// (several milliseconds of CPU) per container that has already been forgotten, e.g. every container of a
    /// <c>down</c> whose exit the supervisor recorded (ExitRecorder deletes it from runc then).
    /// </summary>
    private bool Knows(string id) => Directory.Exists(Path.Combine(StateRoot, id));

    public ToolCall Call(string operation, string id, params string[] arguments) =>
        new(operation, id[..Math.Min(12, id.Length)], tools.Runc, ["--root", StateRoot, .. arguments]);

    private static bool IsGone(string error) =>
        error.Contains("does not exist", StringComparison.Ordinal) || error.Contains("not running", StringComparison.Ordinal)
        || error.Contains("process already finished", StringComparison.Ordinal) || error.Contains("container not running", StringComparison.Ordinal);
}
