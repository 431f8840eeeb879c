using System.Text;

namespace Compose.Tests.Fuzzing;

/// <summary>
/// Makes broken compose files from real ones, deterministically from (seed, case index): byte flips, truncation,
/// deleted, duplicated and spliced lines, indentation changes, wrong types in known keys, deep nesting, huge
/// scalars, NULs, invalid UTF-8, alias bombs, stray tags, flow brackets and interpolation syntax. One to three
/// mutations per case; every case can be made again alone from its seed and index.
/// </summary>
public sealed class Mutator(IReadOnlyList<FuzzSeedFile> seeds)
{
    private delegate byte[] Mutation(Mutator self, Random random, byte[] bytes, out string detail);

    private static readonly string[] Tags =
        ["!reset", "!override", "!!str", "!!int", "!!float", "!!bool", "!!null", "!!map", "!!seq", "!!binary", "!!+x", "!<tag:yaml.org,2002:str>", "!<%>", "!local", "!!merge", "!!timestamp"];

    private static readonly string[] TaggedValues = ["x", "[a]", "{a: b}", "", "1", "\"q\""];

    private static readonly string[] Syntax =
    [
        "[", "]", "{", "}", ",", ":", ": ", "- ", "? ", "&a ", "*a", "<<: *a", "|", ">-", "\"", "'", "#", "%YAML 1.2", "---", "...",
        "${", "${X:?boom}", "$${X}", "${X:-${Y:-${Z}}}", "${X/y}", "\\", "\t", "\r", "\r\n", "\u00a0", "\u2028", "\ufeff", "\U0001F600",
    ];

    private static readonly string[] NulValues = ["\"a\\0b\"", "\"./x\\0:/y\"", "[\"\\0\"]", "\"\\0\"", "{path: \"\\0\", action: sync}", "\"\\x00\""];

    private static readonly byte[][] InvalidUtf8 = [[0xFF], [0xC3], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0xFE, 0xFF], [0xFF, 0xFE]];

    /// <summary>Values of the wrong type or out of range for the keys they land on.</summary>
    private static readonly Func<Random, string>[] OddValues =
    [
        _ => "[1, 2]", _ => "{a: b}", _ => "[]", _ => "{}", _ => "null", _ => "~", _ => "\"\"", _ => "true", _ => "-1", _ => "0",
        _ => "99999999999999999999999", _ => "-99999999999999999999", _ => "1e400", _ => ".inf", _ => ".nan", _ => "0x7fffffffffffffff",
        _ => "99999999999999999h", _ => "2562048h", _ => "1.5.5s", _ => "10q", _ => "9999999999999999999999g", _ => "1.7976931348623157e308b",
        _ => "\"\\uD800\"", _ => "\"\\U0010FFFF\"", _ => "/dev/zero", _ => "/", _ => ".", _ => "..", _ => "../../../../../../..",
        _ => "~nobody/x", _ => "C:\\x", _ => "\\\\server\\share", _ => "*nowhere", _ => "&a [*a]", _ => "'${'", _ => "\"${X:?}\"", _ => "$",
        _ => "65536:80", _ => "80-70:80", _ => "[::1]:80:80", _ => "99999999999:1", _ => "a:b:c:d:e", _ => "0.0.0.0:0-99999:1/udp",
        _ => "service:", _ => "container:", _ => "service:missing", _ => "host", _ => "none", _ => "\"0o777\"", _ => "-0.0",
        r => new string('a', r.Next(1, 300)), r => "\"" + new string('\\', r.Next(1, 9)) + "\"", r => r.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
    ];

    private static readonly (string Name, Mutation Apply)[] Mutations =
    [
        ("byte-flip", (Mutator _, Random r, byte[] b, out string d) => FlipBytes(r, b, out d)),
        ("truncate", (Mutator _, Random r, byte[] b, out string d) => Truncate(r, b, out d)),
        ("delete-line", (Mutator _, Random r, byte[] b, out string d) => OnLines(b, out d, lines => DeleteLine(r, lines))),
        ("duplicate-line", (Mutator _, Random r, byte[] b, out string d) => OnLines(b, out d, lines => DuplicateLine(r, lines))),
        ("splice", (Mutator m, Random r, byte[] b, out string d) => OnLines(b, out d, lines => m.Splice(r, lines))),
        ("indent", (Mutator _, Random r, byte[] b, out string d) => OnLines(b, out d, lines => Indent(r, lines))),
        ("wrong-type", (Mutator _, Random r, byte[] b, out string d) => OnLines(b, out d, lines => ReplaceValue(r, lines, Pick(r, OddValues)(r)))),
        ("deep-nesting", (Mutator _, Random r, byte[] b, out string d) => OnLines(b, out d, lines => ReplaceValue(r, lines, Nesting(r)))),
        ("huge-scalar", (Mutator _, Random r, byte[] b, out string d) => OnLines(b, out d, lines => ReplaceValue(r, lines, HugeScalar(r)))),
        ("nul-byte", (Mutator _, Random r, byte[] b, out string d) => Insert(r, b, [0], out d)),
        ("nul-escape", (Mutator _, Random r, byte[] b, out string d) => OnLines(b, out d, lines => ReplaceValue(r, lines, Pick(r, NulValues)))),
        ("invalid-utf8", (Mutator _, Random r, byte[] b, out string d) => Insert(r, b, Pick(r, InvalidUtf8), out d)),
        ("alias-bomb", (Mutator _, Random r, byte[] b, out string d) => OnLines(b, out d, lines => AliasBomb(r, lines))),
        ("alias-chain", (Mutator _, Random r, byte[] b, out string d) => OnLines(b, out d, lines => AliasChain(r, lines))),
        ("tag", (Mutator _, Random r, byte[] b, out string d) => OnLines(b, out d, lines => ReplaceValue(r, lines, $"{Pick(r, Tags)} {Pick(r, TaggedValues)}"))),
        ("syntax", (Mutator _, Random r, byte[] b, out string d) => Insert(r, b, Encoding.UTF8.GetBytes(Pick(r, Syntax)), out d)),
    ];

    public static IEnumerable<string> MutationNames => Mutations.Select(m => m.Name);

    public FuzzCase Make(long seed, int index)
    {
        var random = new Random(unchecked((int)Mix(seed, index)));
        var origin = seeds[random.Next(seeds.Count)];
        var bytes = origin.Bytes;
        var applied = new List<string>();
        var count = random.Next(10) switch { < 6 => 1, < 9 => 2, _ => 3 };
        for (var i = 0; i < count; i++)
        {
            var (name, apply) = Mutations[random.Next(Mutations.Length)];
            bytes = apply(this, random, bytes, out var detail);
            applied.Add($"{name}({detail})");
        }

        return new FuzzCase(seed, index, origin, applied, bytes);
    }

    /// <summary>SplitMix64 of the seed and index: neighbouring cases get unrelated streams.</summary>
    private static ulong Mix(long seed, int index)
    {
        var z = unchecked(((ulong)seed * 0x9E3779B97F4A7C15UL) + (ulong)index + 0x632BE59BD9B4E019UL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static byte[] FlipBytes(Random random, byte[] bytes, out string detail)
    {
        var flipped = (byte[])bytes.Clone();
        var flips = flipped.Length == 0 ? 0 : random.Next(1, 6);
        for (var i = 0; i < flips; i++)
        {
            flipped[random.Next(flipped.Length)] ^= (byte)(1 << random.Next(8));
        }

        detail = $"{flips} bits";
        return flipped;
    }

    private static byte[] Truncate(Random random, byte[] bytes, out string detail)
    {
        var at = random.Next(bytes.Length + 1);
        detail = $"at {at}";
        return bytes[..at];
    }

    private static byte[] Insert(Random random, byte[] bytes, byte[] inserted, out string detail)
    {
        var at = random.Next(bytes.Length + 1);
        detail = $"{Convert.ToHexString(inserted)} at {at}";
        return [.. bytes[..at], .. inserted, .. bytes[at..]];
    }

    private static string DeleteLine(Random random, List<byte[]> lines)
    {
        var index = random.Next(lines.Count);
        lines.RemoveAt(index);
        return $"line {index + 1}";
    }

    private static string DuplicateLine(Random random, List<byte[]> lines)
    {
        var index = random.Next(lines.Count);
        lines.Insert(index, lines[index]);
        return $"line {index + 1}";
    }

    private string Splice(Random random, List<byte[]> lines)
    {
        var other = SplitLines(seeds[random.Next(seeds.Count)].Bytes);
        var taken = other.Skip(random.Next(other.Count)).Take(random.Next(1, 20)).ToList();
        var at = random.Next(lines.Count + 1);
        lines.InsertRange(at, taken);
        return $"{taken.Count} lines at {at + 1}";
    }

    private static string Indent(Random random, List<byte[]> lines)
    {
        var index = random.Next(lines.Count);
        var line = lines[index];
        var leading = line.TakeWhile(b => b == (byte)' ').Count();
        var (change, result) = random.Next(3) switch
        {
            0 when leading > 0 => ("dedent", line[Math.Min(random.Next(1, 5), leading)..]),
            1 => ("tab", [(byte)'\t', .. line]),
            _ => ("indent", [.. Enumerable.Repeat((byte)' ', random.Next(1, 5)), .. line]),
        };
        lines[index] = result;
        return $"{change} line {index + 1}";
    }

    private static string HugeScalar(Random random)
    {
        var length = random.Next(20) == 0 ? random.Next(1_000_000, 3_000_000) : random.Next(1_000, 100_000);
        return random.Next(4) switch
        {
            0 => new string('9', length),
            1 => "\"" + new string('x', length) + "\"",
            2 => "|\n" + string.Concat(Enumerable.Repeat("      line of a block scalar\n", Math.Max(1, length / 28))),
            _ => new string('a', length),
        };
    }

    private static string Nesting(Random random)
    {
        var depth = Pick(random, [2, 10, 100, 400, 495, 500, 501, 1_000, 5_000, 30_000]);
        return random.Next(3) switch
        {
            0 => new string('[', depth) + new string(']', depth),
            1 => string.Concat(Enumerable.Repeat("{a: ", depth)) + "b" + new string('}', depth),
            _ => new string('[', depth),
        };
    }

    private static string AliasBomb(Random random, List<byte[]> lines)
    {
        var levels = random.Next(3, 10);
        var width = random.Next(2, 10);
        var bomb = new StringBuilder($"x-bomb-0: &b0 [{string.Join(", ", Enumerable.Repeat("lol", width))}]\n");
        for (var i = 1; i < levels; i++)
        {
            bomb.Append($"x-bomb-{i}: &b{i} [{string.Join(", ", Enumerable.Repeat($"*b{i - 1}", width))}]\n");
        }

        if (random.Next(2) == 0)
        {
            bomb.Append($"x-use:\n  labels: *b{levels - 1}\n");
        }

        lines.InsertRange(random.Next(2) == 0 ? 0 : lines.Count, SplitLines(Encoding.UTF8.GetBytes(bomb.ToString())));
        return $"{width}^{levels}";
    }

    /// <summary>Aliases nested in each other: depth the text does not show.</summary>
    private static string AliasChain(Random random, List<byte[]> lines)
    {
        var length = Pick(random, [10, 490, 499, 500, 600, 3_000]);
        var chain = new StringBuilder("x-c0: &c0 [leaf]\n");
        for (var i = 1; i <= length; i++)
        {
            chain.Append(System.Globalization.CultureInfo.InvariantCulture, $"x-c{i}: &c{i} {(i % 2 == 0 ? $"[*c{i - 1}]" : $"{{k: *c{i - 1}}}")}\n");
        }

        lines.InsertRange(0, SplitLines(Encoding.UTF8.GetBytes(chain.ToString())));
        return $"{length} links";
    }

    /// <summary>Replaces the value of a random <c>key: value</c> line, keeping its indentation and key.</summary>
    private static string ReplaceValue(Random random, List<byte[]> lines, string value)
    {
        var candidates = Enumerable.Range(0, lines.Count).Where(i => Array.IndexOf(lines[i], (byte)':') > 0).ToList();
        if (candidates.Count == 0)
        {
            lines.Add(Encoding.UTF8.GetBytes($"x-value: {value}"));
            return "appended";
        }

        var index = Pick(random, candidates);
        var line = lines[index];
        lines[index] = [.. line[..(Array.IndexOf(line, (byte)':') + 1)], (byte)' ', .. Encoding.UTF8.GetBytes(value)];
        return $"line {index + 1}";
    }

    private static byte[] OnLines(byte[] bytes, out string detail, Func<List<byte[]>, string> change)
    {
        var lines = SplitLines(bytes);
        detail = change(lines);
        return JoinLines(lines);
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static List<byte[]> SplitLines(byte[] bytes)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                lines.Add(bytes[start..i]);
                start = i + 1;
            }
        }

        lines.Add(bytes[start..]);
        return lines;
    }

    private static byte[] JoinLines(List<byte[]> lines)
    {
        var result = new List<byte>(lines.Sum(l => l.Length + 1));
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                result.Add((byte)'\n');
            }

            result.AddRange(lines[i]);
        }

        return [.. result];
    }
}
