namespace Compose.Runtime.Build;

/// <summary>A build context being written as a tar: read <see cref="Tar"/>, and build with <see cref="Dockerfile"/> as the spec's Dockerfile.</summary>
public sealed record BuildContextTar(Stream Tar, string Dockerfile) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Tar.DisposeAsync();
}
