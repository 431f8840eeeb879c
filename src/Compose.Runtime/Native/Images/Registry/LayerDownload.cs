namespace Compose.Runtime.Native.Images.Registry;

/// <summary>Retries a layer download broken by the network (up to three tries, as short pauses apart); wrong content is never retried.</summary>
internal static class LayerDownload
{
    private const int Attempts = 3;

    public static async Task RunAsync(Func<Task> download, TimeProvider time, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await download().ConfigureAwait(false);
                return;
            }
            catch (Exception e) when (attempt < Attempts && e is HttpRequestException or IOException && !cancellationToken.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt), time, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
