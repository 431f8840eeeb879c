using Compose.Errors;
using Compose.Execution;
using Compose.Runtime;
using Compose.Runtime.Errors;

namespace Compose.Images;

/// <summary>
/// Builds one image on the engine with its progress, and returns the new image's id. A failed step becomes an
/// error naming the image, its service, the step and the builder's message, followed by the step's last output.
/// </summary>
internal sealed class ImageBuilder(IContainerRuntime runtime, IProgressSink progress)
{
    private const int ShownOutputLines = 10;

    /// <summary>Refuses, before anything is pulled or sent, a build the driver cannot do.</summary>
    public static async Task RequireBuildsAsync(IRuntimeEngine runtime, CancellationToken cancellationToken)
    {
        var capabilities = await runtime.GetCapabilitiesAsync(cancellationToken).ConfigureAwait(false);
        capabilities.Require(capabilities.Builds, "build images",
            capabilities.BuildsNeed is { } need ? $"{need}, or use --runtime docker" : "use --runtime docker, or pull the image (pull_policy, --no-build)");
    }

    public async Task<string> BuildAsync(PreparedBuild build, bool quiet, CancellationToken cancellationToken)
    {
        await RequireBuildsAsync(runtime, cancellationToken).ConfigureAwait(false);
        foreach (var warning in build.Warnings)
        {
            progress.Report(ProgressEvent.Warning("Image", build.Reference, "Warning") with { Detail = warning });
        }

        var reporter = new BuildProgressReporter(progress, build.Reference, quiet);
        reporter.Start();
        try
        {
            await using var context = await BuildContextSource.OpenAsync(build, cancellationToken).ConfigureAwait(false);
            var spec = build.Spec with { Dockerfile = context.Dockerfile };
            await foreach (var message in runtime.BuildImageAsync(spec, context.Tar, cancellationToken).ConfigureAwait(false))
            {
                reporter.Observe(message);
            }
        }
        catch (ContainerRuntimeException e)
        {
            reporter.Fail(e.EngineMessage);
            throw Failure(build, reporter, e);
        }

        var id = reporter.ImageId ?? (await runtime.InspectImageAsync(build.Reference, cancellationToken).ConfigureAwait(false))?.Id
            ?? throw new ComposeException($"building image {build.Reference} (service {build.Service}) reported success but the engine has no such image.");
        reporter.Complete();
        return id;
    }

    private static ComposeException Failure(PreparedBuild build, BuildProgressReporter reporter, ContainerRuntimeException error)
    {
        var what = $"building image {build.Reference} (service {build.Service})";
        if (build.Spec.RemoteContext is { } remote && reporter.CurrentStep is null)
        {
            return new ComposeException(
                $"{what}: the engine could not fetch the remote context {remote}: {OneLine(error.EngineMessage)}. Remote (git or URL) contexts need network " +
                "access from the engine, which an offline machine does not have: clone or download the context and point build.context at the local directory.", error);
        }

        var step = reporter.CurrentStep is { } current ? $" at {current}" : "";
        var output = reporter.OutputTail.TakeLast(ShownOutputLines).Select(line => "\n  | " + line);
        return new ComposeException($"{what} failed{step}: {OneLine(error.EngineMessage)}{string.Concat(output)}", error);
    }

    /// <summary>Engine messages (git's especially) can end lines mid-sentence; the error keeps them on one.</summary>
    private static string OneLine(string text) => string.Join(' ', text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
