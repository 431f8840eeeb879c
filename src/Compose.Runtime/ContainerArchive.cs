namespace Compose.Runtime;

/// <summary>A tar stream of a path in a container, with the path's stat. Disposing releases the connection.</summary>
public sealed class ContainerArchive(ContainerPathStat stat, Stream tar, IDisposable? owner = null) : IAsyncDisposable
{
    public ContainerPathStat Stat { get; } = stat;

    public Stream Tar { get; } = tar;

    public async ValueTask DisposeAsync()
    {
        await Tar.DisposeAsync().ConfigureAwait(false);
        owner?.Dispose();
    }
}
