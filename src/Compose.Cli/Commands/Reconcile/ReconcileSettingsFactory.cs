using Compose.Images;
using Compose.Planning;
using Compose.Reconciling;

namespace Compose.Cli.Commands.Reconcile;

/// <summary>The controller's settings as <c>up</c>, <c>watch</c> and <c>reconcile run</c> choose them.</summary>
internal static class ReconcileSettingsFactory
{
    /// <param name="initialPass">False when the command's own <c>up</c> already ran (the loop starts waiting).</param>
    public static ReconcileControllerSettings Create(bool heal, bool initialPass, TimeSpan? period, bool restartStopped, UpOptions options, ImageOptions images) => new()
    {
        FollowFiles = true,
        Heal = heal,
        Loop = new ReconcileLoopSettings { InitialPass = initialPass, Period = period },
        Pass = new ReconcilePassSettings { Options = options, Images = images, RestartStopped = restartStopped },
    };
}
