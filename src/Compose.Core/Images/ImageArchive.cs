using Compose.Errors;

namespace Compose.Images;

/// <summary>
/// The archive <c>image load</c> reads: a file (<c>-i FILE</c>) or standard input, opened and checked before any
/// engine is asked, so a wrong path or a terminal on stdin is one sentence naming it, as <c>docker load</c> refuses
/// them. <see cref="Name"/> is how errors name it (the path as given, or <c>stdin</c>).
/// </summary>
public sealed class ImageArchive : IAsyncDisposable
{
    private const string StdinRefusal = "requested load from stdin, but stdin is empty or a terminal; use -i FILE, or pipe an archive in ('docker save IMAGE | composectl image load')";

    private ImageArchive(string name, Stream content, bool owned)
    {
        Name = name;
        Content = content;
        Owned = owned;
    }

    public string Name { get; }

    /// <summary>The archive's bytes, read once as they come (a pipe is never rewound).</summary>
    public Stream Content { get; }

    private bool Owned { get; }

    /// <summary>Opens <paramref name="path"/> (relative to <paramref name="workingDirectory"/>), else <paramref name="stdin"/>.</summary>
    public static async Task<ImageArchive> OpenAsync(string? path, string workingDirectory, Stream stdin, bool stdinIsTerminal, CancellationToken cancellationToken)
    {
        if (path is null or "-")
        {
            return await FromStdinAsync(stdin, stdinIsTerminal, cancellationToken).ConfigureAwait(false);
        }

        if (path.Length == 0)
        {
            throw new UsageException("-i/--input needs the path of an archive (leave it out to read stdin).");
        }

        var full = Path.GetFullPath(path, workingDirectory);
        if (Directory.Exists(full))
        {
            throw new ComposeException($"{path} is a directory, not an image archive; give the file 'docker save' (or 'skopeo copy … oci-archive:FILE') wrote.");
        }

        FileStream file;
        try
        {
            file = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.Asynchronous | FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ComposeException($"{path}: no such file; give the path of a 'docker save' or OCI archive.", e);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw new ComposeException($"cannot read {path}: {e.Message}", e);
        }

        if (file.Length == 0)
        {
            await file.DisposeAsync().ConfigureAwait(false);
            throw new ComposeException($"{path} is empty, not an image archive.");
        }

        return new ImageArchive(path, file, owned: true);
    }

    /// <summary>A terminal, or a pipe that ends before its first byte, has no archive to give (docker refuses both).</summary>
    private static async Task<ImageArchive> FromStdinAsync(Stream stdin, bool isTerminal, CancellationToken cancellationToken)
    {
        if (isTerminal)
        {
            throw new ComposeException(StdinRefusal);
        }

        var first = new byte[1];
        if (await stdin.ReadAsync(first, cancellationToken).ConfigureAwait(false) == 0)
        {
            throw new ComposeException(StdinRefusal);
        }

        return new ImageArchive("stdin", new PeekedStream(first[0], stdin), owned: false);
    }

    public async ValueTask DisposeAsync()
    {
        if (Owned)
        {
            await Content.DisposeAsync().ConfigureAwait(false);
        }
    }
}
