using System.Collections.Immutable;
using System.Security.Cryptography;
using Compose.Model;
using Compose.Observing;
using Compose.Planning;
using Compose.Runtime;

namespace Compose.Hashing;

/// <summary>
/// The fingerprint of everything that shapes a service's containers: the service in canonical form (sorted keys,
/// unset and empty values left out) plus the digests of the files it reads (env_file, configs, secrets), so editing
/// such a file recreates the container. What never changes a container is left out: replicas, <c>depends_on</c>,
/// profiles, <c>pull_policy</c>, build settings. The algorithm is versioned: the version is written beside the hash
/// (<see cref="ComposeLabels.ConfigHashVersion"/>) and a container is compared with the algorithm that labelled it, so
/// a future change of the algorithm recreates nothing; a hash nobody here can recompute is reported, not acted on.
/// </summary>
public static class ConfigHash
{
    public const string CurrentVersion = "1";

    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal)
    {
        "Service.Scale",
        "Service.DependsOn",
        "Service.Profiles",
        "Service.PullPolicy",
        "Service.Build",
        "Service.Deploy.Replicas",
    };

    /// <summary>Algorithms by version; an older one stays here when a new one is added.</summary>
    private static readonly ImmutableDictionary<string, Func<Service, IReadOnlyDictionary<string, string>, string>> Algorithms =
        ImmutableDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create<string, Func<Service, IReadOnlyDictionary<string, string>, string>>("1", ComputeV1)]);

    /// <param name="service">The service as loaded.</param>
    /// <param name="files">Digests of the secret and config contents the service uses (<see cref="ServiceContents"/>).</param>
    public static string Compute(Service service, IReadOnlyDictionary<string, string>? files = null) =>
        ComputeV1(service, files ?? ImmutableSortedDictionary<string, string>.Empty);

    /// <summary>Whether the container's hash label (with its version label) still describes the service.</summary>
    public static HashVerdict Compare(Service service, IReadOnlyDictionary<string, string> files, ContainerInfo container)
    {
        var label = container.Label(ComposeLabels.ConfigHash);
        var version = container.Label(ComposeLabels.ConfigHashVersion);
        if (label is null || version is null || !Algorithms.TryGetValue(version, out var algorithm))
        {
            return HashVerdict.Unverifiable;
        }

        return algorithm(service, files) == label ? HashVerdict.Same : HashVerdict.Changed;
    }

    /// <summary>The canonical JSON the version-1 hash is the SHA-256 of (for <c>config --hash</c> diagnostics and tests).</summary>
    internal static byte[] CanonicalV1(Service service, IReadOnlyDictionary<string, string> files) =>
        CanonicalJson.Serialize<HashedModel>(new ConfigHashInput(HashView.V1(service), ModelMaps.From(files)), Ignored);

    private static string ComputeV1(Service service, IReadOnlyDictionary<string, string> files) =>
        Convert.ToHexStringLower(SHA256.HashData(CanonicalV1(service, files)));
}
