using System.Security.Cryptography;
using Compose.Model;
using Compose.Observing;

namespace Compose.Hashing;

/// <summary>
/// The fingerprints of network and volume definitions, labelled on what <c>up</c> creates (tagged with
/// <see cref="ConfigHash.CurrentVersion"/>: <see cref="ResourceLabel"/>), so a later <c>up</c> sees that the compose file's definition changed.
/// </summary>
public static class DefinitionHash
{
    public static string Of(Network network) => Sha256(CanonicalJson.Serialize<HashedModel>(network));

    /// <summary>A volume without a driver is hashed as the <c>local</c> one it gets.</summary>
    public static string Of(Volume volume) => Sha256(CanonicalJson.Serialize<HashedModel>(volume with { Driver = volume.Driver ?? "local" }));

    /// <summary>
    /// The <c>com.docker.compose.config-hash</c> value of a network or volume: the hash tagged with our algorithm's
    /// version. The tag sits in the value because docker-compose v1 warns about every label of a network or volume
    /// outside <c>com.docker.</c> that it did not write, so our version label stays on containers only.
    /// </summary>
    public static string ResourceLabel(string hash) => $"{ResourceTag}{ConfigHash.CurrentVersion}:{hash}";

    /// <summary>
    /// Whether a network's or volume's labels say it was made from another definition: only when it carries a hash
    /// we wrote, with our algorithm, that differs from <paramref name="hash"/>. One made by docker compose or by hand
    /// is never judged changed on a guess. Resources labelled before the tag moved into the value still compare.
    /// </summary>
    public static bool LabelledOtherwise(IReadOnlyDictionary<string, string> labels, string hash)
    {
        if (!labels.TryGetValue(ComposeLabels.ConfigHash, out var labelled))
        {
            return false;
        }

        if (labels.TryGetValue(ComposeLabels.ConfigHashVersion, out var version))
        {
            return version == ConfigHash.CurrentVersion && labelled != hash;
        }

        return labelled.StartsWith(ResourceTag + ConfigHash.CurrentVersion + ":", StringComparison.Ordinal) && labelled != ResourceLabel(hash);
    }

    private const string ResourceTag = "composectl-v";

    private static string Sha256(byte[] canonical) => Convert.ToHexStringLower(SHA256.HashData(canonical));
}
