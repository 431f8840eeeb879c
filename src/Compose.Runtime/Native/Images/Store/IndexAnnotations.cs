namespace Compose.Runtime.Native.Images.Store;

/// <summary>
/// What each <c>index.json</c> entry says besides its manifest descriptor. The standard <c>ref.name</c> holds the
/// full name (<c>docker.io/library/busybox:latest</c>, or <c>…@sha256:…</c> for a digest the registry served), so
/// skopeo and umoci can address images as <c>oci:&lt;root&gt;/images:NAME</c>; an entry without it is a dangling
/// image kept because a container still uses it. The image id and size save reading the config to list images.
/// </summary>
internal static class IndexAnnotations
{
    public const string RefName = "org.opencontainers.image.ref.name";
    public const string ImageId = "io.composectl.image.id";
    public const string Size = "io.composectl.image.size";
}
