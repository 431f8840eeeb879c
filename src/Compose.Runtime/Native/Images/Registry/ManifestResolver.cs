using System.Text.Json;
using Compose.Runtime.Native.Images.Oci;
using Compose.Runtime.Native.Images.Reference;
using Compose.Runtime.Native.Images.Store;

namespace Compose.Runtime.Native.Images.Registry;

/// <summary>
/// Resolves a reference to one image manifest: fetches it, checks its digest when the reference names one, and
/// when it is an OCI index or docker manifest list, picks the platform's entry and fetches that (checked against
/// the entry's digest). Docker v2 schema 1 is refused: registries have not served it for years.
/// </summary>
internal static class ManifestResolver
{
    public static async Task<ResolvedManifest> ResolveAsync(RegistryClient client, ImageName name, Platform platform, CancellationToken cancellationToken)
    {
        var (content, mediaType) = await client.GetManifestAsync(name.TagOrDigest, cancellationToken).ConfigureAwait(false);
        var topDigest = Digest.Of(content);
        if (name.Digest is { } wanted && wanted != topDigest)
        {
            throw new ContentVerificationException("pull image", name.ToString(), $"the registry served a manifest whose digest is {topDigest}, not {wanted}");
        }

        var parsed = Parse(content, name);
        if (MediaTypes.IsIndex(mediaType) || MediaTypes.IsIndex(parsed.MediaType) || parsed.Manifests is not null)
        {
            var index = JsonSerializer.Deserialize(content, OciJsonContext.Default.IndexDto)!;
            var chosen = PlatformMatcher.Choose(index, platform, name.ToString());
            var (entryContent, _) = await client.GetManifestAsync(chosen.Digest, cancellationToken).ConfigureAwait(false);
            BlobStore.Verify($"manifest {chosen.Digest} of {name}", chosen, Digest.Of(entryContent), entryContent.Length);
            return new ResolvedManifest(entryContent, Parse(entryContent, name), chosen.Digest, topDigest);
        }

        return new ResolvedManifest(content, parsed, topDigest, topDigest);
    }

    private static ManifestDto Parse(byte[] content, ImageName name)
    {
        var manifest = JsonSerializer.Deserialize(content, OciJsonContext.Default.ManifestDto)
            ?? throw new InvalidDataException($"the registry's manifest for {name} is empty");
        if (manifest.SchemaVersion == 1 || manifest.MediaType is MediaTypes.DockerManifestV1 or MediaTypes.DockerManifestV1Signed)
        {
            throw new Errors.ContainerRuntimeException("pull image", name.ToString(),
                "the registry serves only a docker v2 schema 1 manifest, which composectl does not read; push the image again with a current docker or skopeo");
        }

        if (manifest.Manifests is null && manifest.Config is null)
        {
            throw new InvalidDataException($"the registry's manifest for {name} has neither a config nor manifests");
        }

        return manifest;
    }
}
