using Compose.Runtime.Native.Images.Store;

namespace Compose.Runtime.Native.Images.Layers;

/// <summary>
/// One layer's single pass as three threads joined by <see cref="ChunkPipe"/>s: reading the blob (saving and hashing
/// it), decompressing (hashing the tar: the diff id), and writing the entries. Each stage gets its own share of the
/// CPUs: on two cores the stages overlap instead of taking turns, and on a busy machine a layer is not one thread
/// queueing behind everyone else. A failure ends every stage; a blob that breaks decompression is still read to its
/// end, so its digest can name the real cause.
/// </summary>
internal static class LayerPipeline
{
    /// <summary>What the pass measured; <see cref="Failure"/> is set when a stage failed (the blob's digest, when it was read whole, is still given).</summary>
    public sealed record Result(string? BlobDigest, long BlobSize, UnpackedLayer? Layer, Exception? Failure);

    public static Result Run(Stream source, Stream? copy, Action<long>? progress, string? destination, CancellationToken cancellationToken)
    {
        using var failure = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var compressed = new ChunkPipe(failure.Token);
        using var tar = new ChunkPipe(failure.Token);
        (string? Digest, long Size) blob = default;
        (string? Digest, long Size) diff = default;
        long content = 0;
        var read = Stage(failure, () =>
        {
            using var hashing = new HashingStream(source, copy, leaveOpen: true) { OnRead = progress };
            compressed.Fill(hashing);
            blob = (hashing.DrainAndDigest(), hashing.BytesRead);
        });
        var decompress = Stage(failure, () => diff = Decompress(compressed, tar, destination is not null));
        var unpack = destination is null ? Task.CompletedTask : Stage(failure, () =>
        {
            using var reader = tar.Reader;
            content = LayerUnpacker.UnpackTar(reader, destination, failure.Token);
            Drain(reader);
        });
        var failed = FirstFailure(read, decompress, unpack);
        var layer = destination is null || failed is not null ? null : new UnpackedLayer(diff.Digest!, diff.Size, content);
        return new Result(blob.Digest, blob.Size, layer, failed);
    }

    private static (string? Digest, long Size) Decompress(ChunkPipe compressed, ChunkPipe tar, bool unpacking)
    {
        using var input = compressed.Reader;
        try
        {
            if (!unpacking)
            {
                Drain(input);
                return default;
            }

            using var decompressed = Decompression.Open(input);
            using var hashing = new HashingStream(decompressed, leaveOpen: true);
            tar.Fill(hashing);
            var diff = (hashing.DrainAndDigest(), hashing.BytesRead);
            Drain(input);
            return diff;
        }
        catch (InvalidDataException)
        {
            // Let the reader finish the blob, so its digest can tell a damaged download from a broken image.
            tar.Complete();
            Drain(input);
            throw;
        }
    }

    /// <summary>Runs a stage on its own thread; its failure ends the others.</summary>
    private static Task Stage(CancellationTokenSource failure, Action work) =>
        Task.Factory.StartNew(() =>
        {
            try
            {
                work();
            }
            catch
            {
                failure.Cancel();
                throw;
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>The first stage's own failure; cancellations that only echo another stage's failure come last.</summary>
    private static Exception? FirstFailure(params Task[] stages)
    {
        try
        {
            Task.WaitAll(stages);
        }
        catch (AggregateException)
        {
            // Read below, per stage.
        }

        var failures = stages.Where(s => s.IsFaulted).Select(s => s.Exception!.InnerException!).ToList();
        return failures.FirstOrDefault(e => e is not OperationCanceledException) ?? failures.FirstOrDefault();
    }

    private static void Drain(Stream stream)
    {
        var buffer = new byte[81920];
        while (stream.Read(buffer) > 0)
        {
        }
    }
}
