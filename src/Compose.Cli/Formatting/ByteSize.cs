using System.Globalization;

namespace Compose.Cli.Formatting;

/// <summary>Sizes as docker prints them: decimal units for images and I/O (<c>4.26MB</c>), binary for memory (<c>1.5MiB</c>).</summary>
public static class ByteSize
{
    private static readonly string[] DecimalUnits = ["B", "kB", "MB", "GB", "TB", "PB"];
    private static readonly string[] BinaryUnits = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"];

    /// <summary>Three significant digits, powers of 1000 (docker's <c>HumanSizeWithPrecision(n, 3)</c>).</summary>
    public static string Decimal(double bytes) => Format(bytes, 1000, DecimalUnits, "G3");

    /// <summary>Four significant digits, powers of 1024 (docker's <c>BytesSize</c>).</summary>
    public static string Binary(double bytes) => Format(bytes, 1024, BinaryUnits, "G4");

    private static string Format(double value, double step, string[] units, string precision)
    {
        var unit = 0;
        while (value >= step && unit < units.Length - 1)
        {
            value /= step;
            unit++;
        }

        return value.ToString(precision, CultureInfo.InvariantCulture) + units[unit];
    }
}
