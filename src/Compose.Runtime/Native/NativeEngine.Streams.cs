using System.Globalization;
using CliWrap;
using Compose.Runtime.Errors;
using Compose.Runtime.Native.Containers;
using Compose.Runtime.Native.Exec;

namespace Compose.Runtime.Native;

public sealed partial class NativeEngine
{
    /// <summary>
    /// The container's output from now on (and its earlier output with <see cref="AttachOptions.Logs"/>), read from
    /// conmon's log file until it stops. Input cannot be attached: conmon's attach socket is not spoken yet.
    /// </summary>
    public async Task<IContainerConnection> AttachContainerAsync(string idOrName, AttachOptions options, CancellationToken cancellationToken)
    {
        var record = await ContainerLookup.GetAsync(_services.Store, idOrName, "attach to container", cancellationToken).ConfigureAwait(false);
        if (options.Stdin)
        {
            throw new RuntimeCapabilityException("native", "attach standard input to a container", "use exec for an interactive shell, or --runtime docker");
        }

        var logs = new LogOptions { Follow = true, Stdout = options.Stdout, Stderr = options.Stderr, Since = options.Logs ? null : _services.Time.GetUtcNow() };
        return new LogConnection(ct => GetLogsAsync(record.Id, logs, ct));
    }

    public async Task StartExecDetachedAsync(string execId, CancellationToken cancellationToken)
    {
        // The session runs on its own; its exit code lands in its record when it ends.
        var connection = await _exec.StartAsync(execId, detach: true, cancellationToken).ConfigureAwait(false);
        await connection.CloseInputAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<ContainerPathStat?> StatContainerPathAsync(string idOrName, string path, CancellationToken cancellationToken)
    {
        var (record, running) = await ContainerAndStateAsync(idOrName, cancellationToken).ConfigureAwait(false);
        var host = Path.Join(record.RootfsPath, path);
        if (running)
        {
            var result = await _services.Runner.ExecuteAsync(_services.Runc.Call("stat path in container", record.Id, "exec", record.Id, "stat", "-c", "%s|%f|%Y", path), cancellationToken).ConfigureAwait(false);
            if (result.ExitCode != 0)
            {
                return null;
            }

            var link = await _services.Runner.ExecuteAsync(_services.Runc.Call("stat path in container", record.Id, "exec", record.Id, "readlink", path), cancellationToken).ConfigureAwait(false);
            return ArchiveStat.Parse(Path.GetFileName(path.TrimEnd('/')), result.StandardOutput, link.ExitCode == 0 ? link.StandardOutput.Trim() : null);
        }

        var info = new FileInfo(host);
        if (!info.Exists && !Directory.Exists(host) && info.LinkTarget is null)
        {
            return null;
        }

        var isDirectory = Directory.Exists(host);
        var mode = (uint)(OperatingSystem.IsWindows() ? 0 : (int)File.GetUnixFileMode(host)) | (isDirectory ? 0x80000000u : 0) | (info.LinkTarget is null ? 0 : 0x08000000u);
        return new ContainerPathStat(Path.GetFileName(path.TrimEnd('/')), isDirectory ? 4096 : info.Length, mode, info.LastWriteTimeUtc, info.LinkTarget);
    }

    public async Task<ContainerArchive> GetArchiveAsync(string idOrName, string path, CancellationToken cancellationToken)
    {
        var stat = await StatContainerPathAsync(idOrName, path, cancellationToken).ConfigureAwait(false)
            ?? throw new ResourceNotFoundException("copy from container", idOrName, $"Could not find the file {path} in container {idOrName}");
        var (record, running) = await ContainerAndStateAsync(idOrName, cancellationToken).ConfigureAwait(false);
        var parent = Path.GetDirectoryName(path.TrimEnd('/')) is { Length: > 0 } p ? p : "/";
        var name = Path.GetFileName(path.TrimEnd('/'));
        var buffer = new MemoryStream();
        var command = running
            ? Cli.Wrap(_services.Tools.Runc).WithArguments(["--root", _services.Runc.StateRoot, "exec", record.Id, "tar", "-c", "-C", parent, name])
            : Cli.Wrap("/usr/bin/tar").WithArguments(["-c", "-C", Path.Join(record.RootfsPath, parent), name]);
        await command.WithStandardOutputPipe(PipeTarget.ToStream(buffer)).ExecuteAsync(cancellationToken).ConfigureAwait(false);
        buffer.Position = 0;
        return new ContainerArchive(stat, buffer);
    }

    public async Task PutArchiveAsync(string idOrName, string directory, Stream tar, bool copyOwnership, CancellationToken cancellationToken)
    {
        var (record, running) = await ContainerAndStateAsync(idOrName, cancellationToken).ConfigureAwait(false);
        var command = running
            ? Cli.Wrap(_services.Tools.Runc).WithArguments(["--root", _services.Runc.StateRoot, "exec", record.Id, "tar", "-x", "-C", directory])
            : Cli.Wrap("/usr/bin/tar").WithArguments(["-x", "-C", Path.Join(record.RootfsPath, directory)]);
        await command.WithStandardInputPipe(PipeSource.FromStream(tar)).ExecuteAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task ExportContainerAsync(string idOrName, Stream destination, CancellationToken cancellationToken)
    {
        var record = await ContainerLookup.GetAsync(_services.Store, idOrName, "export container", cancellationToken).ConfigureAwait(false);
        await Cli.Wrap("/usr/bin/tar").WithArguments(["-c", "-C", record.RootfsPath, "."])
            .WithStandardOutputPipe(PipeTarget.ToStream(destination)).ExecuteAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<(State.ContainerRecord Record, bool Running)> ContainerAndStateAsync(string idOrName, CancellationToken cancellationToken)
    {
        var record = await ContainerLookup.GetAsync(_services.Store, idOrName, "copy files of container", cancellationToken).ConfigureAwait(false);
        var status = await EffectiveStatusAsync(record, cancellationToken).ConfigureAwait(false);
        return (record, status.State is ContainerState.Running or ContainerState.Paused);
    }
}
