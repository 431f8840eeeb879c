using System.Security.Cryptography;
using Compose.Model;

namespace Compose.Planning;

/// <summary>
/// The fingerprint of everything that shapes a service's containers. Containers whose label matches are kept as
/// they are. The algorithm is versioned (<see cref="ComposeLabels.ConfigHashVersion"/>): a container hashed by an
/// older version is compared with that version's algorithm, so upgrading composectl recreates nothing.
/// </summary>
public static class ConfigHash
{
    public const string CurrentVersion = "1";

    /// <summary>Fields that never change a container: replicas, start order, selection, image policy.</summary>
    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal)
    {
        nameof(Service.Scale),
        nameof(Service.DependsOn),
        nameof(Service.Profiles),
    };

    public static string Compute(Service service) =>
        Convert.ToHexStringLower(SHA256.HashData(CanonicalJson.Serialize(service, Ignored)));

    /// <summary>Whether <paramref name="label"/> (written by <paramref name="version"/>) still describes <paramref name="service"/>.</summary>
    public static bool Matches(Service service, string? label, string? version) =>
        label is not null && (version ?? CurrentVersion) == CurrentVersion && label == Compute(service);
}
