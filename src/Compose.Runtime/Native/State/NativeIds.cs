using System.Security.Cryptography;

namespace Compose.Runtime.Native.State;

/// <summary>Ids as the Docker engine makes them: 64 lowercase hex digits, random.</summary>
internal static class NativeIds
{
    public static string New() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
}
