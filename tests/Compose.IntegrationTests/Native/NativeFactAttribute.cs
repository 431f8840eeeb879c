using Compose.IntegrationTests.Infrastructure;

namespace Compose.IntegrationTests.Native;

/// <summary>
/// A test of the native runtime on this host (root, runc, conmon, netavark, busybox-static; with
/// <c>needsBuildah</c> also buildah and skopeo). Skipped with the reason printed when something is missing; with
/// <c>COMPOSE_TEST_REQUIRE_DOCKER=1</c> (CI) it runs and fails instead.
/// </summary>
public sealed class NativeFactAttribute : FactAttribute
{
    public NativeFactAttribute(bool needsBuildah = false)
    {
        if (!Engine.IsRequired && (NativeHost.UnavailableReason ?? (needsBuildah ? Images.NativeHost.Missing(needsDocker: false) : null)) is { } reason)
        {
            Skip = $"The native runtime cannot run here: {reason}. Run scripts/bootstrap --native as root (CI sets COMPOSE_TEST_REQUIRE_DOCKER=1 and fails instead).";
        }
    }
}
