namespace Compose.Tests.Fuzzing;

/// <summary>One generated input: the file it was made from, the mutations applied (in order), and its bytes.</summary>
public sealed record FuzzCase(long Seed, int Index, FuzzSeedFile Origin, IReadOnlyList<string> Mutations, byte[] Bytes)
{
    /// <summary>How to run this very case again.</summary>
    public string Reproduce => $"COMPOSE_FUZZ_SEED={Seed} COMPOSE_FUZZ_CASE={Index}";

    public override string ToString() => $"case {Index} of seed {Seed} ({Reproduce}), from {Origin.Name}, mutations: {string.Join(", ", Mutations)}";
}
