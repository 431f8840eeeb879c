using System.Threading.Channels;

namespace Compose.Runtime.Native.Images.Registry;

/// <summary>
/// Progress messages of a pull shaped as the Docker engine's (<c>Pulling fs layer</c>, <c>Downloading</c> with
/// byte counts, <c>Download complete</c>, <c>Pull complete</c>, <c>Already exists</c>), written by the layer tasks
/// from several threads. Download counts are sent about fifty times per layer, not per read.
/// </summary>
internal sealed class PullProgress(ChannelWriter<ImageProgress> writer)
{
    public void Status(string? id, string status) => writer.TryWrite(new ImageProgress { Id = id, Status = status });

    /// <summary>A progress callback for one layer's download of <paramref name="total"/> bytes.</summary>
    public Action<long> Downloading(string id, long total)
    {
        var step = Math.Max(total / 50, 64 * 1024);
        var next = 0L;
        return current =>
        {
            if (current >= next || current == total)
            {
                next = current + step;
                writer.TryWrite(new ImageProgress { Id = id, Status = "Downloading", Current = current, Total = total });
            }
        };
    }
}
