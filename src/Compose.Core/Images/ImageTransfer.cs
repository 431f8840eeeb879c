using Compose.Execution;
using Compose.Runtime;
using Compose.Runtime.Errors;

namespace Compose.Images;

/// <summary>
/// Pulls or pushes one image with per-layer progress. Failures are the runtime's, which name the image, the
/// registry and the engine's reason (<c>pull image app:1 from registry 127.0.0.1:5000: manifest unknown</c>).
/// </summary>
internal sealed class ImageTransfer(IContainerRuntime runtime, IProgressSink progress, TimeProvider time)
{
    /// <param name="fallback">A build follows a failed pull: the caller reports the failure as a warning, so it is not shown as an error here.</param>
    public Task<TransferResult> PullAsync(string reference, string? platform, bool quiet, CancellationToken cancellationToken, bool fallback = false) =>
        RunAsync(reference, TransferKind.Pull, runtime.PullImageAsync(new ImagePullRequest(reference) { Platform = platform }, cancellationToken), quiet, fallback);

    public Task<TransferResult> PushAsync(string reference, bool quiet, CancellationToken cancellationToken) =>
        RunAsync(reference, TransferKind.Push, runtime.PushImageAsync(reference, cancellationToken), quiet, fallback: false);

    private async Task<TransferResult> RunAsync(string reference, TransferKind kind, IAsyncEnumerable<ImageProgress> messages, bool quiet, bool fallback)
    {
        var reporter = new LayerProgressReporter(progress, reference, kind, time, quiet);
        reporter.Start();
        try
        {
            await foreach (var message in messages.ConfigureAwait(false))
            {
                reporter.Observe(message);
            }
        }
        catch (ContainerRuntimeException e) when (!fallback)
        {
            reporter.Fail(e.EngineMessage);
            throw;
        }

        reporter.Complete();
        return new TransferResult(reference, reporter.TransferredBytes, reporter.UpToDate);
    }
}
