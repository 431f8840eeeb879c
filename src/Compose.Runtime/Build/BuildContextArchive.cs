using System.Formats.Tar;
using System.IO.Pipelines;
using System.Security.Cryptography;
using System.Text;

namespace Compose.Runtime.Build;

/// <summary>
/// Makes the tar a build sends to the engine from a context directory, as the docker CLI does: files the
/// <c>.dockerignore</c> rules exclude are left out, owners are reset to root, and a Dockerfile outside the context
/// is added under a generated name. Entries are written in ordinal order so the same tree gives the same tar.
/// </summary>
public static class BuildContextArchive
{
    /// <summary>
    /// Starts writing the tar into a pipe and returns its reading end, for <see cref="IContainerRuntime.BuildImageAsync"/>:
    /// the context streams to the engine without being held in memory. A failure while writing surfaces on read.
    /// </summary>
    public static BuildContextTar OpenRead(string contextDirectory, string dockerfile, CancellationToken cancellationToken)
    {
        var (dockerfilePath, entry) = LocateDockerfile(contextDirectory, dockerfile);
        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: 1024 * 1024, resumeWriterThreshold: 512 * 1024));
        _ = Task.Run(async () =>
        {
            try
            {
                await using var output = pipe.Writer.AsStream(leaveOpen: true);
                await WriteEntriesAsync(contextDirectory, dockerfilePath, entry, output, cancellationToken).ConfigureAwait(false);
                await pipe.Writer.CompleteAsync().ConfigureAwait(false);
            }
            catch (Exception e)
            {
                await pipe.Writer.CompleteAsync(e).ConfigureAwait(false);
            }
        }, CancellationToken.None);
        return new BuildContextTar(pipe.Reader.AsStream(), entry);
    }

    /// <summary>Writes the tar to <paramref name="output"/> and returns the Dockerfile's path inside it.</summary>
    public static async Task<string> WriteAsync(string contextDirectory, string dockerfile, Stream output, CancellationToken cancellationToken)
    {
        var (dockerfilePath, entry) = LocateDockerfile(contextDirectory, dockerfile);
        await WriteEntriesAsync(contextDirectory, dockerfilePath, entry, output, cancellationToken).ConfigureAwait(false);
        return entry;
    }

    /// <summary>The Dockerfile's absolute path and its name in the tar (a generated one when it lies outside the context).</summary>
    private static (string Path, string Entry) LocateDockerfile(string contextDirectory, string dockerfile)
    {
        if (!Directory.Exists(contextDirectory))
        {
            throw new DirectoryNotFoundException($"The build context {contextDirectory} does not exist.");
        }

        var path = Path.GetFullPath(dockerfile, contextDirectory);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The Dockerfile {path} does not exist.", path);
        }

        var relative = Path.GetRelativePath(Path.GetFullPath(contextDirectory), path).Replace('\\', '/');
        if (!relative.StartsWith("../", StringComparison.Ordinal) && relative != ".." && !Path.IsPathRooted(relative))
        {
            return (path, relative);
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(path)))[..12];
        return (path, $".dockerfile.{hash}");
    }

    private static async Task WriteEntriesAsync(string contextDirectory, string dockerfilePath, string entry, Stream output, CancellationToken cancellationToken)
    {
        var root = Path.GetFullPath(contextDirectory);
        var ignore = await DockerIgnore.LoadAsync(root, dockerfilePath, entry, cancellationToken).ConfigureAwait(false);
        await using var writer = new TarWriter(output, TarEntryFormat.Pax, leaveOpen: true);
        var entries = new ContextEntryWriter(writer, ignore, root);
        await entries.WriteDirectoryAsync(root, cancellationToken).ConfigureAwait(false);
        if (entry.StartsWith(".dockerfile.", StringComparison.Ordinal))
        {
            await entries.WriteFileAsync(dockerfilePath, entry, cancellationToken).ConfigureAwait(false);
        }
    }
}
