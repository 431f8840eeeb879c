using System.Globalization;

namespace Compose.Images;

/// <summary>Byte counts as docker prints image sizes: three significant digits, powers of 1000 (<c>1.98MB</c>).</summary>
internal static class ByteText
{
    private static readonly string[] Units = ["B", "kB", "MB", "GB", "TB"];

    public static string Of(long bytes)
    {
        double value = bytes;
        var unit = 0;
        while (value >= 1000 && unit < Units.Length - 1)
        {
            value /= 1000;
            unit++;
        }

        return value.ToString("G3", CultureInfo.InvariantCulture) + Units[unit];
    }
}
