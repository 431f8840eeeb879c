using System.Text.RegularExpressions;
using Compose.Runtime.Docker.Wire;

namespace Compose.Runtime.Docker;

/// <summary>
/// Podman's own pull stream as Docker-shaped progress: <c>Copying blob sha256:…</c> becomes the layer's
/// <c>Pull complete</c> (Podman reports no byte counts there), <c>… skipped: already exists</c> its
/// <c>Already exists</c>; other lines are whole-image status; an <c>error</c> is thrown like a Docker stream error.
/// </summary>
internal static partial class LibpodPullProgress
{
    /// <param name="report">One message of the stream.</param>
    /// <param name="operation">For errors: <c>pull image</c>.</param>
    /// <param name="resource">For errors: the image and registry.</param>
    /// <param name="reference">The image pulled, for Docker's closing status line.</param>
    /// <param name="idBefore">The image id the reference had before the pull (null when absent): the same id after it is Docker's "up to date".</param>
    public static ImageProgress? From(LibpodPullReportDto report, string operation, string? resource, string reference = "", string? idBefore = null)
    {
        if (!string.IsNullOrEmpty(report.Error))
        {
            throw DockerErrorMapper.MapStreamError(report.Error, operation, resource, build: false);
        }

        if (!string.IsNullOrEmpty(report.Id))
        {
            var id = WireMapper.ImageId(report.Id);
            var status = id == idBefore ? $"Status: Image is up to date for {reference}" : $"Status: Downloaded newer image for {reference}";
            return new ImageProgress { Status = status, ImageId = id };
        }

        var line = report.Stream?.Trim();
        if (string.IsNullOrEmpty(line))
        {
            return null;
        }

        if (Blob().Match(line) is { Success: true } blob)
        {
            var layer = blob.Groups["digest"].Value[..12];
            return new ImageProgress { Id = layer, Status = blob.Groups["skipped"].Success ? "Already exists" : "Pull complete" };
        }

        return new ImageProgress { Status = line };
    }

    [GeneratedRegex(@"^Copying blob (?:sha256:)?(?<digest>[0-9a-f]{12,64})(?<skipped> skipped: already exists)?")]
    private static partial Regex Blob();
}
