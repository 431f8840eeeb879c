using System.Collections.Immutable;

namespace Compose.Images;

/// <summary>
/// One image to pull or build, once however many services use it.
/// </summary>
/// <param name="Reference">The image as the services name it (<c>image:</c>, else <c>&lt;project&gt;-&lt;service&gt;</c>).</param>
/// <param name="Action">Pull, build, or pull with building as the fallback.</param>
/// <param name="Reason">Why, as the plan shows it (<c>not present locally</c>, <c>--build</c>, <c>pull_policy always</c>).</param>
/// <param name="Services">The selected services using the image, ordinal order.</param>
/// <param name="BuildService">The service whose <c>build</c> section makes the image; null when nothing builds it.</param>
public sealed record ImageTask(string Reference, ImageAction Action, string Reason, ImmutableArray<string> Services, string? BuildService)
{
    /// <summary>The engine has the image already (a failed pull of it is then not fatal when it can be built).</summary>
    public bool Present { get; init; }

    /// <summary>One plan line: <c>image:demo-web, BuildImage, not present locally (web)</c>.</summary>
    public override string ToString()
    {
        var action = Action switch
        {
            ImageAction.Pull => "PullImage",
            ImageAction.PullOrBuild => "PullOrBuildImage",
            _ => "BuildImage",
        };
        return $"image:{Reference}, {action}, {Reason} ({string.Join(", ", Services)})";
    }
}
