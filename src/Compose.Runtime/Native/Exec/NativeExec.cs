using Compose.Runtime.Errors;
using Compose.Runtime.Native.Bundles;
using Compose.Runtime.Native.Containers;
using Compose.Runtime.Native.State;

namespace Compose.Runtime.Native.Exec;

/// <summary>
/// Exec sessions: a record made at create, run with <c>runc exec</c> at start (the container's environment,
/// capabilities and working directory, with the session's additions), with a TTY through <c>script</c>, which
/// gives runc the terminal it needs. The exit code lands in the record.
/// </summary>
internal sealed class NativeExec(NativeServices services)
{
    private string PathOf(string execId) => Path.Combine(services.Root.StateDirectory, "execs", execId + ".json");

    public async Task<string> CreateAsync(string containerId, ExecSpec spec, CancellationToken cancellationToken)
    {
        var record = await ContainerLookup.GetAsync(services.Store, containerId, "create exec in container", cancellationToken).ConfigureAwait(false);
        var status = await services.Store.ReadStatusAsync(record.Id, cancellationToken).ConfigureAwait(false);
        if (status.State != ContainerState.Running)
        {
            throw new ResourceConflictException("create exec in container", record.Name, $"container {record.Id} is not running");
        }

        var exec = new ExecRecord { Id = NativeIds.New(), ContainerId = record.Id, Spec = spec };
        await AtomicFile.WriteAsync(PathOf(exec.Id), exec, NativeStateJsonContext.Default.ExecRecord, cancellationToken).ConfigureAwait(false);
        return exec.Id;
    }

    public async Task<ExecRecord> GetAsync(string execId, CancellationToken cancellationToken) =>
        await AtomicFile.ReadAsync(PathOf(execId), NativeStateJsonContext.Default.ExecRecord, cancellationToken).ConfigureAwait(false)
        ?? throw new ResourceNotFoundException("inspect exec", execId, $"No such exec instance: {execId}");

    public async Task<IContainerConnection> StartAsync(string execId, bool detach, CancellationToken cancellationToken)
    {
        var exec = await GetAsync(execId, cancellationToken).ConfigureAwait(false);
        var container = await ContainerLookup.GetAsync(services.Store, exec.ContainerId, "start exec in container", cancellationToken).ConfigureAwait(false);
        var arguments = Arguments(container, exec.Spec);
        await AtomicFile.WriteAsync(PathOf(execId), exec with { Running = true }, NativeStateJsonContext.Default.ExecRecord, cancellationToken).ConfigureAwait(false);
        Task OnExit(int code) => AtomicFile.WriteAsync(PathOf(execId), exec with { Running = false, ExitCode = code },
            NativeStateJsonContext.Default.ExecRecord, CancellationToken.None);
        if (exec.Spec.Tty)
        {
            var line = string.Join(' ', new[] { services.Tools.Runc }.Concat(arguments).Select(ShellQuote));
            return new ProcessConnection("/usr/bin/script", ["-q", "-e", "-f", "-c", line, "/dev/null"], stdin: true, OnExit);
        }

        return new ProcessConnection(services.Tools.Runc, arguments, exec.Spec.AttachStdin || !detach, OnExit);
    }

    private List<string> Arguments(ContainerRecord container, ExecSpec spec)
    {
        var arguments = new List<string> { "--root", services.Runc.StateRoot, "exec" };
        if (spec.Tty)
        {
            arguments.Add("--tty");
        }

        foreach (var entry in spec.Environment)
        {
            arguments.AddRange(["--env", entry]);
        }

        if (spec.WorkingDirectory is { Length: > 0 } cwd)
        {
            arguments.AddRange(["--cwd", cwd]);
        }

        if (spec.User is { Length: > 0 } user)
        {
            var resolved = UserResolver.Resolve(user, [], Read(container, "etc/passwd"), Read(container, "etc/group"));
            arguments.AddRange(["--user", $"{resolved.Uid}:{resolved.Gid}"]);
            arguments.AddRange(resolved.AdditionalGids.SelectMany(g => new[] { "--additional-gids", g.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        }

        if (spec.Privileged)
        {
            arguments.AddRange(Capabilities.All.SelectMany(c => new[] { "--cap", c }));
        }

        arguments.Add(container.Id);
        arguments.AddRange(spec.Command);
        return arguments;
    }

    private static string Read(ContainerRecord container, string file)
    {
        var path = Path.Combine(container.RootfsPath, file);
        return File.Exists(path) ? File.ReadAllText(path) : "";
    }

    private static string ShellQuote(string value) => "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
