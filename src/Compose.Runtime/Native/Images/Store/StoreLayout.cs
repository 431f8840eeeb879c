using Compose.Runtime.Native.Images.Oci;

namespace Compose.Runtime.Native.Images.Store;

/// <summary>
/// Where each part of the image store lives under <c>&lt;root&gt;/images</c>: an OCI image layout
/// (<c>oci-layout</c>, <c>index.json</c>, <c>blobs/sha256/…</c>) that skopeo, umoci and buildah read as it is, plus
/// <c>layers/&lt;diff id hex&gt;</c> (each layer unpacked once), <c>holds/</c> (which containers use which image),
/// and <c>tmp/</c> (work in progress, on the same file system so finished work is renamed into place).
/// </summary>
internal sealed class StoreLayout(NativeRoot root)
{
    public string Directory { get; } = root.Images;

    public string IndexFile => Path.Combine(Directory, "index.json");

    public string LayoutFile => Path.Combine(Directory, "oci-layout");

    public string Blobs => Path.Combine(Directory, "blobs", "sha256");

    public string Layers => Path.Combine(Directory, "layers");

    public string Holds => Path.Combine(Directory, "holds");

    public string Temporary => Path.Combine(Directory, "tmp");

    /// <summary>The lower directory of an image without layers (overlayfs needs at least one).</summary>
    public string EmptyLayer => Path.Combine(Directory, "empty");

    /// <summary>Taken shared by whatever adds content (pull, load, build), exclusive by whatever deletes it.</summary>
    public string ContentLock => Path.Combine(root.Locks, "images.lock");

    /// <summary>Taken exclusive around every read-modify-write of <c>index.json</c>.</summary>
    public string IndexLock => Path.Combine(root.Locks, "images-index.lock");

    public string Blob(string digest) => Path.Combine(Blobs, Digest.Hex(digest));

    public string Layer(string diffId) => Path.Combine(Layers, Digest.Hex(diffId));

    /// <summary>Creates the layout's directories and its <c>oci-layout</c> marker when missing.</summary>
    public void EnsureCreated()
    {
        foreach (var directory in new[] { Blobs, Layers, Holds, Temporary, EmptyLayer, root.Locks })
        {
            System.IO.Directory.CreateDirectory(directory);
        }

        if (!File.Exists(LayoutFile))
        {
            File.WriteAllText(LayoutFile, """{"imageLayoutVersion":"1.0.0"}""");
        }
    }

    /// <summary>A fresh path under <see cref="Temporary"/>; nothing is created.</summary>
    public string NewTemporaryPath(string purpose) => Path.Combine(Temporary, $"{purpose}-{Guid.NewGuid():N}");
}
