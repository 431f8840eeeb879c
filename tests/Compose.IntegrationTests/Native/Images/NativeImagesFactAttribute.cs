using Compose.IntegrationTests.Infrastructure;

namespace Compose.IntegrationTests.Native.Images;

/// <summary>
/// A test of the native image store on the real system: it needs root (owners, devices, overlay mounts), overlayfs,
/// and the Debian packages <c>scripts/bootstrap --native</c> installs (skopeo, buildah, busybox-static). Skipped,
/// with what is missing printed, when they are not there; <c>COMPOSE_TEST_REQUIRE_DOCKER=1</c> (CI) runs it anyway,
/// so a missing part fails instead of hiding. <see cref="NeedsDocker"/> adds the Docker engine (for <c>docker save</c>).
/// </summary>
public sealed class NativeImagesFactAttribute : FactAttribute
{
    public NativeImagesFactAttribute(bool needsDocker = false)
    {
        NeedsDocker = needsDocker;
        if (Engine.IsRequired)
        {
            return;
        }

        var missing = NativeHost.Missing(needsDocker);
        if (missing is not null)
        {
            Skip = $"The native image store cannot be tested here: {missing}. Run as root after 'scripts/bootstrap --native' (CI sets COMPOSE_TEST_REQUIRE_DOCKER=1 and fails instead).";
        }
    }

    public bool NeedsDocker { get; }
}
