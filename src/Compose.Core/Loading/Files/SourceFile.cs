using Compose.Errors;

namespace Compose.Loading.Files;

/// <summary>
/// A compose or env file to read, with where it was named (<c>include</c>, <c>extends.file</c>, <c>env_file</c>;
/// null for files from the command line), so that problems with the file itself are reported there. Only regular
/// files, pipes (<c>-f &lt;(...)</c>) and <c>/dev/null</c> are read, at most <see cref="MaxBytes"/>; a path with a NUL
/// character or a symlink loop is refused; the text must be valid Unicode (<see cref="SourceText"/>).
/// </summary>
public sealed record SourceFile(string Path, string Display, SourceLocation? RequestedAt = null, string? KeyPath = null)
{
    /// <summary>Real compose files are kilobytes; the bound keeps a mistaken <c>-f</c> from reading gigabytes.</summary>
    public const int MaxBytes = 64 * 1024 * 1024;

    /// <summary>Whether the path names something; a NUL character in it or a symlink loop on it is refused.</summary>
    public bool Exists()
    {
        PathCharacters.Check(Path, RequestedAt, KeyPath);
        if (FileKinds.Of(Path) != FileKind.Missing)
        {
            return true;
        }

        return PhysicalPath.TryResolve(Path, out _)
            ? false
            : throw Problem($"{Display}: too many levels of symbolic links (a symlink loop); fix the links on this path.");
    }

    /// <summary>The file's text. Reads synchronously: compose files are small, and a pipe is read as it comes.</summary>
    public Task<string> ReadTextAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(ReadText());
    }

    public string ReadText()
    {
        var kind = FileKinds.Of(Path);
        if (kind is not (FileKind.Regular or FileKind.Pipe or FileKind.Unknown) && !(kind == FileKind.CharacterDevice && PhysicalPath.Of(Path) == "/dev/null"))
        {
            throw Problem($"{Display} is {FileKinds.Describe(kind)}, not a regular file; name a file.");
        }

        return SourceText.Decode(ReadBounded(), Display);
    }

    private ComposeException TooLarge() =>
        Problem($"{Display} is larger than {MaxBytes / (1024 * 1024)} MiB, far more than any compose or env file; check the path.");

    public ComposeException Problem(string text) =>
        RequestedAt is null ? new ComposeException(text) : new ComposeFileException(RequestedAt, KeyPath, text);

    private ReadOnlySpan<byte> ReadBounded()
    {
        try
        {
            using var stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
            if (stream.CanSeek && stream.Length > MaxBytes)
            {
                throw TooLarge();
            }

            var buffer = new byte[stream.CanSeek && stream.Length is > 0 and <= MaxBytes ? stream.Length + 1 : 64 * 1024];
            var length = 0;
            while (true)
            {
                if (length == buffer.Length)
                {
                    Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, MaxBytes + 1L));
                }

                var read = stream.Read(buffer.AsSpan(length));
                length += read;
                if (length > MaxBytes)
                {
                    throw TooLarge();
                }

                if (read == 0)
                {
                    return buffer.AsSpan(0, length);
                }
            }
        }
        catch (UnauthorizedAccessException)
        {
            throw Problem($"{Display}: permission denied; make the file readable.");
        }
        catch (IOException e) when (e is not FileNotFoundException and not DirectoryNotFoundException)
        {
            throw Problem($"{Display}: the file could not be read (I/O error {e.HResult & 0xFFFF}); check it.");
        }
        catch (IOException)
        {
            throw Problem($"{Display}: no such file; check the path.");
        }
    }
}
