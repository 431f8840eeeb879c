namespace Compose.IntegrationTests.Infrastructure;

/// <summary>
/// The composectl executables the process tests start. <c>COMPOSECTL_BINARY</c> names a published build (scripts/test
/// sets it to the NativeAOT executable from scripts/publish, so a trimming or AOT bug fails CI); without it the tests
/// start the JIT apphost built next to them.
/// </summary>
public static class ComposectlBinary
{
    /// <summary>The executable process tests run: the published one when named, else the JIT build.</summary>
    public static string Path => Published ?? Jit;

    /// <summary>The JIT build next to the tests (what <c>dotnet build</c> makes).</summary>
    public static string Jit => System.IO.Path.Combine(AppContext.BaseDirectory, "composectl");

    /// <summary><c>COMPOSECTL_BINARY</c> as an absolute path, or null when it is not set.</summary>
    public static string? Published =>
        Environment.GetEnvironmentVariable("COMPOSECTL_BINARY") is { Length: > 0 } path ? System.IO.Path.GetFullPath(path) : null;

    public static string MissingReason =>
        "COMPOSECTL_BINARY names no published build: run scripts/publish and set it to artifacts/publish/linux-x64/composectl (scripts/test does)";
}
