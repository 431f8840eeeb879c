using Compose.Images;
using Compose.Planning;

namespace Compose.Reconciling;

/// <summary>What each pass asks of <c>up</c>.</summary>
public sealed record ReconcilePassSettings
{
    /// <summary>The <c>up</c> flags the controller was started with (services, <c>--remove-orphans</c>, <c>-t</c>, ...).</summary>
    public UpOptions Options { get; init; } = new();

    /// <summary>How images are pulled and built (a missing image is pulled or built, as <c>up</c> does).</summary>
    public ImageOptions Images { get; init; } = ImageOptions.Default;

    /// <summary><c>--restart-stopped</c>: start containers that exited or were stopped, instead of leaving them.</summary>
    public bool RestartStopped { get; init; }
}
