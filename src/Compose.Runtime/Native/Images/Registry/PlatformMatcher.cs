using Compose.Runtime.Native.Images.Oci;

namespace Compose.Runtime.Native.Images.Registry;

/// <summary>
/// Chooses a manifest from an index or manifest list for a platform: the exact os/architecture/variant first, then
/// (arm only) an older variant the CPU also runs, best first (v7 runs v6 and v5). Entries without a platform or
/// with <c>unknown</c> ones (build attestations) are never chosen.
/// </summary>
internal static class PlatformMatcher
{
    public static DescriptorDto Choose(IndexDto index, Platform wanted, string reference)
    {
        var candidates = index.Manifests
            .Where(m => m.Platform is { Os: not null, Architecture: not null } p && p.Os != "unknown" && MediaTypes.IsManifest(m.MediaType ?? MediaTypes.OciManifest))
            .Select(m => (Descriptor: m, Platform: Platform.Normalize(new Platform(m.Platform!.Os!, m.Platform.Architecture!, m.Platform.Variant))))
            .ToList();
        foreach (var acceptable in Acceptable(wanted))
        {
            var match = candidates.FirstOrDefault(c => c.Platform == acceptable);
            if (match.Descriptor is not null)
            {
                return match.Descriptor;
            }
        }

        var offered = string.Join(", ", candidates.Select(c => c.Platform.ToString()).Distinct());
        throw new PlatformNotFoundException(reference,
            $"no matching manifest for {wanted} in the manifest list entries{(offered.Length > 0 ? $" (it has {offered})" : "")}");
    }

    private static IEnumerable<Platform> Acceptable(Platform wanted)
    {
        yield return wanted;
        if (wanted.Architecture == "arm" && wanted.Variant is ['v', var digit] && digit is >= '6' and <= '8')
        {
            for (var older = digit - 1; older >= '5'; older--)
            {
                yield return wanted with { Variant = $"v{(char)older}" };
            }
        }
    }
}
