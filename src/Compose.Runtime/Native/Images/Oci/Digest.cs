using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Compose.Runtime.Native.Images.Oci;

/// <summary>A content digest, <c>sha256:</c> and 64 lowercase hexadecimal digits: the only algorithm the store keeps.</summary>
internal static partial class Digest
{
    public const string Prefix = "sha256:";

    public static string Of(ReadOnlySpan<byte> content) => Prefix + Convert.ToHexStringLower(SHA256.HashData(content));

    public static string FromHash(IncrementalHash hash) => Prefix + Convert.ToHexStringLower(hash.GetHashAndReset());

    public static bool IsValid(string? digest) => digest is not null && Sha256().IsMatch(digest);

    /// <summary>The hex part of a valid digest; throws for anything else, so a path built from it cannot escape the store.</summary>
    public static string Hex(string digest) =>
        IsValid(digest) ? digest[Prefix.Length..] : throw new InvalidDataException($"'{digest}' is not a sha256 digest");

    /// <summary>The 12-digit form docker prints for layers and images.</summary>
    public static string Short(string digest) => Hex(digest)[..12];

    [GeneratedRegex("^sha256:[a-f0-9]{64}$")]
    private static partial Regex Sha256();
}
