using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Compose.Conversion.Kubernetes;

/// <summary>
/// Compose names made into the names Kubernetes accepts: lower case, <c>_</c> and <c>.</c> as <c>-</c>. Service and
/// container names are DNS-1035 labels (what pods resolve), other objects DNS-1123 subdomains.
/// </summary>
public static partial class KubernetesNames
{
    public const int MaxLabelLength = 63;

    /// <summary>A DNS-1035 label for <paramref name="name"/>, or null when no such label can stand for it.</summary>
    public static string? Dns1035(string name)
    {
        var candidate = Sanitize(name, keepDots: false);
        return candidate.Length <= MaxLabelLength && Dns1035Pattern().IsMatch(candidate) ? candidate : null;
    }

    /// <summary>A DNS-1123 subdomain (ConfigMap, Secret, claim, NetworkPolicy names), or null.</summary>
    public static string? Subdomain(string name)
    {
        var candidate = Sanitize(name, keepDots: true);
        return candidate.Length <= 253 && SubdomainPattern().IsMatch(candidate) ? candidate : null;
    }

    /// <summary>Whether <paramref name="name"/> is a DNS-1123 label as it is (a pod hostname, a container name).</summary>
    public static bool IsDns1123Label(string name) => name.Length <= MaxLabelLength && Dns1123LabelPattern().IsMatch(name);

    /// <summary>A pod volume name (a DNS-1123 label): long or odd names are shortened with a hash so they stay unique.</summary>
    public static string VolumeName(string prefix, string name)
    {
        var candidate = Dns1123Chars().Replace($"{prefix}-{name.ToLowerInvariant()}", "-").Trim('-');
        if (candidate.Length <= MaxLabelLength)
        {
            return candidate;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..8];
        return $"{candidate[..(MaxLabelLength - 9)].TrimEnd('-')}-{hash}";
    }

    /// <summary>A port name (IANA_SVC_NAME: at most 15 characters, a letter among them); null when it cannot be one.</summary>
    public static string? PortName(string name)
    {
        var candidate = Sanitize(name, keepDots: false);
        return candidate.Length <= 15 && PortNamePattern().IsMatch(candidate) && !candidate.Contains("--", StringComparison.Ordinal) ? candidate : null;
    }

    /// <summary>A label or annotation key: an optional DNS subdomain prefix and <c>/</c>, then a name of at most 63 characters.</summary>
    public static bool IsQualifiedKey(string key)
    {
        var slash = key.LastIndexOf('/');
        var (prefix, name) = slash < 0 ? ("", key) : (key[..slash], key[(slash + 1)..]);
        return name.Length is > 0 and <= MaxLabelLength && QualifiedNamePattern().IsMatch(name)
            && (slash < 0 || (prefix.Length <= 253 && SubdomainPattern().IsMatch(prefix)));
    }

    /// <summary>A label value: empty, or at most 63 alphanumerics, <c>-</c>, <c>_</c> and <c>.</c>, alphanumeric at both ends.</summary>
    public static bool IsLabelValue(string value) =>
        value.Length == 0 || (value.Length <= MaxLabelLength && QualifiedNamePattern().IsMatch(value));

    /// <summary>A ConfigMap or Secret key.</summary>
    public static bool IsDataKey(string key) => key.Length is > 0 and <= 253 && DataKeyPattern().IsMatch(key);

    private static string Sanitize(string name, bool keepDots)
    {
        var lower = name.ToLowerInvariant().Replace('_', '-');
        return keepDots ? lower : lower.Replace('.', '-');
    }

    [GeneratedRegex("^[a-z]([-a-z0-9]*[a-z0-9])?$")]
    private static partial Regex Dns1035Pattern();

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")]
    private static partial Regex Dns1123LabelPattern();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex Dns1123Chars();

    [GeneratedRegex(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")]
    private static partial Regex SubdomainPattern();

    [GeneratedRegex("^(?=.*[a-z])[a-z0-9]([-a-z0-9]*[a-z0-9])?$")]
    private static partial Regex PortNamePattern();

    [GeneratedRegex("^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$")]
    private static partial Regex QualifiedNamePattern();

    [GeneratedRegex("^[-._a-zA-Z0-9]+$")]
    private static partial Regex DataKeyPattern();
}
