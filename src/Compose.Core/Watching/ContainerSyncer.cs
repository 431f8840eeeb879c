using Compose.Errors;
using Compose.Execution;
using Compose.Runtime;

namespace Compose.Watching;

/// <summary>
/// Mirrors changed host paths into running containers: paths gone from the host are removed in the container
/// (<c>rm -rf</c>, as docker compose does), the others are copied in one archive upload per container, owned by the
/// container's user.
/// </summary>
public sealed class ContainerSyncer(IContainerRuntime runtime)
{
    public async Task SyncAsync(IReadOnlyList<string> containerIds, IReadOnlyList<SyncPath> paths, CancellationToken cancellationToken)
    {
        var copies = paths.Where(p => File.Exists(p.HostPath) || Directory.Exists(p.HostPath)).ToList();
        var removals = paths.Except(copies).Select(p => p.ContainerPath).Distinct(StringComparer.Ordinal).ToList();
        using var archive = copies.Count > 0 ? await SyncArchive.BuildAsync(copies, cancellationToken).ConfigureAwait(false) : null;
        var bytes = archive?.ToArray();
        await Task.WhenAll(containerIds.Select(id => SyncOneAsync(id, removals, bytes, cancellationToken))).ConfigureAwait(false);
    }

    private async Task SyncOneAsync(string containerId, IReadOnlyList<string> removals, byte[]? archive, CancellationToken cancellationToken)
    {
        if (removals.Count > 0)
        {
            var (code, output) = await ContainerExec.RunAsync(runtime, containerId, new ExecSpec { Command = ["rm", "-rf", .. removals] }, cancellationToken).ConfigureAwait(false);
            if (code != 0)
            {
                throw new ComposeException($"removing {string.Join(", ", removals)} in container {containerId[..Math.Min(12, containerId.Length)]} failed with exit code {code}: {output.Trim()}");
            }
        }

        if (archive is not null)
        {
            using var tar = new MemoryStream(archive, writable: false);
            await runtime.PutArchiveAsync(containerId, "/", tar, copyOwnership: true, cancellationToken).ConfigureAwait(false);
        }
    }
}
