using System.Globalization;
using System.Text;
using k8s.Models;

namespace Compose.Conversion.Kubernetes;

/// <summary>Compose values in the forms Kubernetes fields take.</summary>
public static class KubeValues
{
    /// <summary>
    /// Kubernetes expands <c>$(NAME)</c> and turns <c>$$</c> into <c>$</c> in commands, arguments and environment
    /// values; compose has already done its own interpolation, so every <c>$</c> before <c>(</c> or <c>$</c> is doubled
    /// to reach the container as written.
    /// </summary>
    public static string Literal(string value)
    {
        if (!value.Contains('$', StringComparison.Ordinal))
        {
            return value;
        }

        var text = new StringBuilder(value.Length + 4);
        for (var i = 0; i < value.Length; i++)
        {
            text.Append(value[i]);
            if (value[i] == '$' && i + 1 < value.Length && value[i + 1] is '(' or '$')
            {
                text.Append('$');
            }
        }

        return text.ToString();
    }

    public static List<string>? Literals(IEnumerable<string>? values) => values?.Select(Literal).ToList();

    /// <summary>Whole seconds, rounded up, at least <paramref name="minimum"/>: probe and grace fields take no fractions.</summary>
    public static int Seconds(TimeSpan value, int minimum = 1) => Math.Max(minimum, (int)Math.Ceiling(value.TotalSeconds));

    /// <summary>CPU cores as a quantity: whole cores plainly, else millicores (<c>0.5</c> → <c>500m</c>).</summary>
    public static ResourceQuantity Cpu(decimal cores)
    {
        var millis = decimal.Round(cores * 1000m, 0, MidpointRounding.AwayFromZero);
        return new ResourceQuantity(millis % 1000m == 0
            ? (millis / 1000m).ToString("0", CultureInfo.InvariantCulture)
            : millis.ToString("0", CultureInfo.InvariantCulture) + "m");
    }

    /// <summary>Bytes as a quantity in the largest binary unit that divides them (<c>67108864</c> → <c>64Mi</c>).</summary>
    public static ResourceQuantity Bytes(long bytes)
    {
        foreach (var (unit, size) in new[] { ("Ti", 1L << 40), ("Gi", 1L << 30), ("Mi", 1L << 20), ("Ki", 1L << 10) })
        {
            if (bytes != 0 && bytes % size == 0)
            {
                return new ResourceQuantity((bytes / size).ToString(CultureInfo.InvariantCulture) + unit);
            }
        }

        return new ResourceQuantity(bytes.ToString(CultureInfo.InvariantCulture));
    }
}
