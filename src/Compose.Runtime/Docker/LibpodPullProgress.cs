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
    public static ImageProgress? From(LibpodPullReportDto report, string operation, string? resource)
    {
        if (!string.IsNullOrEmpty(report.Error))
        {
            throw DockerErrorMapper.MapStreamError(report.Error, operation, resource, build: false);
        }

        if (!string.IsNullOrEmpty(report.Id))
        {
            return new ImageProgress { Status = "Pulled", ImageId = WireMapper.ImageId(report.Id) };
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
