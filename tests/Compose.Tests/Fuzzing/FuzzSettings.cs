using System.Globalization;

namespace Compose.Tests.Fuzzing;

/// <summary>
/// What a fuzz run does, from the environment: <c>COMPOSE_FUZZ_SEED</c> (a number, or <c>random</c>; default fixed so
/// runs reproduce), <c>COMPOSE_FUZZ_CASES</c> (how many), <c>COMPOSE_FUZZ_CASE</c> (run that one case alone).
/// </summary>
public sealed record FuzzSettings(long Seed, IReadOnlyList<int> Cases)
{
    public const long DefaultSeed = 16;

    public static FuzzSettings FromEnvironment(int defaultCases)
    {
        var seedText = System.Environment.GetEnvironmentVariable("COMPOSE_FUZZ_SEED");
        var seed = seedText switch
        {
            null or "" => DefaultSeed,
            "random" => Random.Shared.NextInt64(1, long.MaxValue),
            _ => long.Parse(seedText, CultureInfo.InvariantCulture),
        };
        if (Number("COMPOSE_FUZZ_CASE") is { } single)
        {
            return new FuzzSettings(seed, [single]);
        }

        return new FuzzSettings(seed, [.. Enumerable.Range(0, Number("COMPOSE_FUZZ_CASES") ?? defaultCases)]);
    }

    private static int? Number(string name) =>
        System.Environment.GetEnvironmentVariable(name) is { Length: > 0 } text ? int.Parse(text, CultureInfo.InvariantCulture) : null;
}
