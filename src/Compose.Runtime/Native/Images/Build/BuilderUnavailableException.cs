using Compose.Runtime.Errors;

namespace Compose.Runtime.Native.Images.Build;

/// <summary>A <c>build:</c> on the native runtime without buildah: says how to get it, or to build through Docker.</summary>
public sealed class BuilderUnavailableException(string image)
    : ContainerRuntimeException("build image", image,
        "the native runtime builds images with buildah, which is not installed; install it ('apt-get install buildah', or 'scripts/bootstrap --native'), or build with --runtime docker");
