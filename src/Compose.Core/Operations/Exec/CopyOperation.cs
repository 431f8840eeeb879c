using Compose.Archives;
using Compose.Errors;

namespace Compose.Operations.Exec;

/// <summary>
/// <c>cp</c>: files and directories between a service container and the local filesystem with docker cp's rules
/// (into an existing directory, or renamed to a new path; <c>-</c> streams a tar).
/// </summary>
public sealed class CopyOperation(ComposeSession session)
{
    /// <summary>Refuses a copy whose two sides are both in containers or both local (before the project is even read).</summary>
    public static void Check(CopyRequest request)
    {
        if (request.Source.IsContainer == request.Destination.IsContainer)
        {
            throw new UsageException("copying between containers or between local paths is not supported: one side must be SERVICE:PATH, the other a local path.");
        }
    }

    public async Task CopyAsync(ProjectScope scope, CopyRequest request, CancellationToken cancellationToken)
    {
        Check(request);
        var service = (request.Source.Service ?? request.Destination.Service)!;
        var container = await new ProjectContainers(session.Runtime).OneAsync(scope, service, request.Index, running: false, cancellationToken).ConfigureAwait(false);
        if (request.Source.IsContainer)
        {
            await CopyFromAsync(container.Id, request, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await CopyToAsync(container.Id, request, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task CopyFromAsync(string id, CopyRequest request, CancellationToken cancellationToken)
    {
        var runtime = session.Runtime;
        var path = request.Source.Path;
        var stat = await runtime.StatContainerPathAsync(id, path, cancellationToken).ConfigureAwait(false)
            ?? throw new ComposeException($"{path}: no such file or directory in the container.");
        if (request.FollowLink && stat.IsSymbolicLink && stat.LinkTarget is { Length: > 0 } target)
        {
            path = target.StartsWith('/') ? target : $"{Path.GetDirectoryName(path.TrimEnd('/'))}/{target}";
        }

        await using var archive = await runtime.GetArchiveAsync(id, path, cancellationToken).ConfigureAwait(false);
        var local = request.Destination.Path;
        if (local == "-")
        {
            var output = request.Output ?? throw new ComposeException("cp to '-' needs a standard output stream.");
            await archive.Tar.CopyToAsync(output, cancellationToken).ConfigureAwait(false);
            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        var full = Path.GetFullPath(local, request.WorkingDirectory);
        var (directory, name) = Directory.Exists(full)
            ? (full, Path.GetFileName(path.TrimEnd('/')))
            : (Path.GetDirectoryName(full)!, Path.GetFileName(full));
        if (!Directory.Exists(directory))
        {
            throw new ComposeException($"{directory}: no such local directory; create it first.");
        }

        await TarUnpacker.UnpackAsync(archive.Tar, directory, name, cancellationToken).ConfigureAwait(false);
    }

    private async Task CopyToAsync(string id, CopyRequest request, CancellationToken cancellationToken)
    {
        var runtime = session.Runtime;
        var (local, path) = (request.Source.Path, request.Destination.Path);
        if (local == "-")
        {
            // A tar on stdin is extracted as it is into the destination directory.
            await runtime.PutArchiveAsync(id, path, request.Input ?? Stream.Null, request.Archive, cancellationToken).ConfigureAwait(false);
            return;
        }

        var full = Path.GetFullPath(local, request.WorkingDirectory);
        if (!File.Exists(full) && !Directory.Exists(full))
        {
            throw new ComposeException($"{local}: no such local file or directory.");
        }

        var stat = await runtime.StatContainerPathAsync(id, path, cancellationToken).ConfigureAwait(false);
        var (directory, name) = stat is { IsDirectory: true }
            ? (path, Path.GetFileName(Path.TrimEndingDirectorySeparator(full)))
            : (ParentOf(path), path.TrimEnd('/').Split('/')[^1]);
        using var tar = new MemoryStream();
        await TarPacker.PackAsync(full, name, tar, keepOwner: request.Archive, request.FollowLink, cancellationToken).ConfigureAwait(false);
        tar.Position = 0;
        await runtime.PutArchiveAsync(id, directory, tar, request.Archive, cancellationToken).ConfigureAwait(false);
    }

    private static string ParentOf(string containerPath)
    {
        var trimmed = containerPath.TrimEnd('/');
        var slash = trimmed.LastIndexOf('/');
        return slash <= 0 ? "/" : trimmed[..slash];
    }
}
