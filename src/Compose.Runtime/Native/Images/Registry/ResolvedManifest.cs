namespace Compose.Runtime.Native.Images.Registry;

/// <summary>The platform's manifest (bytes as served, and parsed) and the digest the reference resolved to (the list's, for a list: what docker records as the repo digest).</summary>
internal sealed record ResolvedManifest(byte[] Content, Oci.ManifestDto Manifest, string Digest, string RepoDigest);
