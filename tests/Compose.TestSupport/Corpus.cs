namespace Compose.TestSupport;

/// <summary>
/// The shared conformance corpus: <c>../shared/corpus</c> from the repository root, or <c>COMPOSE_CORPUS</c>. Never
/// copied into the repository. When it is absent, corpus tests skip with the reason, unless
/// <c>COMPOSE_TEST_REQUIRE_CORPUS=1</c> (set by scripts/test), which makes them fail instead.
/// </summary>
public static class Corpus
{
    public static string? Directory { get; } = Find();

    public static bool IsRequired => System.Environment.GetEnvironmentVariable("COMPOSE_TEST_REQUIRE_CORPUS") == "1";

    public static string MissingReason =>
        $"the conformance corpus was not found at {Candidate}; set COMPOSE_CORPUS to its path (scripts/test requires it)";

    /// <summary>The corpus directory, or a failure explaining where it was looked for.</summary>
    public static string Root => Directory ?? throw new InvalidOperationException(MissingReason);

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string Candidate => System.Environment.GetEnvironmentVariable("COMPOSE_CORPUS") is { Length: > 0 } configured
        ? Path.GetFullPath(configured)
        : Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared", "corpus"));

    private static string? Find() => System.IO.Directory.Exists(Candidate) ? Candidate : null;
}
