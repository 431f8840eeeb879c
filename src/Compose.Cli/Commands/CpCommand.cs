using System.CommandLine;
using Compose.Cli.Commands.Copy;
using Compose.Errors;
using Compose.Execution;
using Compose.Runtime;

namespace Compose.Cli.Commands;

/// <summary>
/// <c>cp SERVICE:SRC DEST</c> and <c>cp SRC SERVICE:DEST</c>: copy files and directories between a service container
/// and the local filesystem with docker cp's rules (into an existing directory, or renamed to a new path; <c>-</c>
/// streams a tar).
/// </summary>
public sealed class CpCommand : ICliCommand
{
    private readonly Option<bool> _archive = new("--archive", "-a") { Description = "Archive mode (copy all uid/gid information)" };
    private readonly Option<bool> _followLink = new("--follow-link", "-L") { Description = "Always follow symbol link in SRC_PATH" };
    private readonly Option<int?> _index = new("--index") { Description = "Index of the container if service has multiple replicas", HelpName = "N" };
    private readonly Argument<string> _source = new("SRC") { Description = "SERVICE:SRC_PATH or a local path (- for a tar on stdin)" };
    private readonly Argument<string> _destination = new("DEST") { Description = "SERVICE:DEST_PATH or a local path (- for a tar on stdout)" };

    public CpCommand()
    {
        Definition = new Command("cp", "Copy files/folders between a service container and the local filesystem") { _archive, _followLink, _index, _source, _destination };
    }

    public Command Definition { get; }

    public async Task<int> ExecuteAsync(CommandContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        var source = CopyEndpoint.Parse(parseResult.GetRequiredValue(_source));
        var destination = CopyEndpoint.Parse(parseResult.GetRequiredValue(_destination));
        if (source.IsContainer == destination.IsContainer)
        {
            throw new UsageException("copying between containers or between local paths is not supported: one side must be SERVICE:PATH, the other a local path.");
        }

        var scope = await context.ResolveProjectAsync(cancellationToken).ConfigureAwait(false);
        var service = (source.Service ?? destination.Service)!;
        var container = await ContainerQuery.OneAsync(context, scope, service, parseResult.GetValue(_index), running: false, cancellationToken).ConfigureAwait(false);
        if (source.IsContainer)
        {
            await CopyFromAsync(context, container.Id, source.Path, destination.Path, parseResult.GetValue(_followLink), cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await CopyToAsync(context, container.Id, source.Path, destination.Path, parseResult.GetValue(_archive), parseResult.GetValue(_followLink), cancellationToken).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }

    private static async Task CopyFromAsync(CommandContext context, string id, string path, string local, bool followLink, CancellationToken cancellationToken)
    {
        var runtime = context.Runtime;
        var stat = await runtime.StatContainerPathAsync(id, path, cancellationToken).ConfigureAwait(false)
            ?? throw new ComposeException($"{path}: no such file or directory in the container.");
        if (followLink && stat.IsSymbolicLink && stat.LinkTarget is { Length: > 0 } target)
        {
            path = target.StartsWith('/') ? target : $"{Path.GetDirectoryName(path.TrimEnd('/'))}/{target}";
        }

        await using var archive = await runtime.GetArchiveAsync(id, path, cancellationToken).ConfigureAwait(false);
        if (local == "-")
        {
            var output = context.Environment.OutputStream ?? throw new ComposeException("cp to '-' needs a standard output stream.");
            await archive.Tar.CopyToAsync(output, cancellationToken).ConfigureAwait(false);
            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        var full = Path.GetFullPath(local, context.Environment.WorkingDirectory);
        var (directory, name) = Directory.Exists(full)
            ? (full, Path.GetFileName(path.TrimEnd('/')))
            : (Path.GetDirectoryName(full)!, Path.GetFileName(full));
        if (!Directory.Exists(directory))
        {
            throw new ComposeException($"{directory}: no such local directory; create it first.");
        }

        await TarUnpacker.UnpackAsync(archive.Tar, directory, name, cancellationToken).ConfigureAwait(false);
    }

    private static async Task CopyToAsync(CommandContext context, string id, string local, string path, bool archive, bool followLink, CancellationToken cancellationToken)
    {
        var runtime = context.Runtime;
        if (local == "-")
        {
            // A tar on stdin is extracted as it is into the destination directory.
            await runtime.PutArchiveAsync(id, path, context.Environment.Input, archive, cancellationToken).ConfigureAwait(false);
            return;
        }

        var full = Path.GetFullPath(local, context.Environment.WorkingDirectory);
        if (!File.Exists(full) && !Directory.Exists(full))
        {
            throw new ComposeException($"{local}: no such local file or directory.");
        }

        var stat = await runtime.StatContainerPathAsync(id, path, cancellationToken).ConfigureAwait(false);
        var (directory, name) = stat is { IsDirectory: true }
            ? (path, Path.GetFileName(Path.TrimEndingDirectorySeparator(full)))
            : (ParentOf(path), path.TrimEnd('/').Split('/')[^1]);
        using var tar = new MemoryStream();
        await TarPacker.PackAsync(full, name, tar, keepOwner: archive, followLink, cancellationToken).ConfigureAwait(false);
        tar.Position = 0;
        await runtime.PutArchiveAsync(id, directory, tar, archive, cancellationToken).ConfigureAwait(false);
    }

    private static string ParentOf(string containerPath)
    {
        var trimmed = containerPath.TrimEnd('/');
        var slash = trimmed.LastIndexOf('/');
        return slash <= 0 ? "/" : trimmed[..slash];
    }
}
