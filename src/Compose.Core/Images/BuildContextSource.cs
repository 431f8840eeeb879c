using Compose.Runtime.Build;

namespace Compose.Images;

/// <summary>
/// The context a build sends: the tar of its directory (streamed, <c>.dockerignore</c> honoured) with the Dockerfile's
/// name inside it, or nothing for a remote context the engine fetches. A <c>dockerfile_inline</c> is written to a
/// private temporary file that goes into the tar under a generated name, and is deleted afterwards.
/// </summary>
internal sealed class BuildContextSource : IAsyncDisposable
{
    private readonly BuildContextTar? _tar;
    private readonly string? _inlineFile;

    private BuildContextSource(BuildContextTar? tar, string dockerfile, string? inlineFile)
    {
        _tar = tar;
        Dockerfile = dockerfile;
        _inlineFile = inlineFile;
    }

    public Stream Tar => _tar?.Tar ?? Stream.Null;

    /// <summary>The Dockerfile's path as the engine must be told it.</summary>
    public string Dockerfile { get; }

    public static async Task<BuildContextSource> OpenAsync(PreparedBuild build, CancellationToken cancellationToken)
    {
        if (build.ContextDirectory is not { } directory)
        {
            return new BuildContextSource(null, build.Spec.Dockerfile, null);
        }

        string? inline = null;
        if (build.DockerfileInline is { } text)
        {
            inline = Path.Combine(Path.GetTempPath(), $"composectl-dockerfile-{Guid.NewGuid():N}");
            await File.WriteAllTextAsync(inline, text, cancellationToken).ConfigureAwait(false);
        }

        var tar = BuildContextArchive.OpenRead(directory, inline ?? build.Spec.Dockerfile, cancellationToken);
        return new BuildContextSource(tar, tar.Dockerfile, inline);
    }

    public async ValueTask DisposeAsync()
    {
        if (_tar is not null)
        {
            await _tar.DisposeAsync().ConfigureAwait(false);
        }

        if (_inlineFile is not null)
        {
            File.Delete(_inlineFile);
        }
    }
}
