namespace Compose.Tests.Native.Images;

/// <summary>
/// A fast test that needs root: unpacking sets owners, makes device nodes and writes <c>trusted.*</c> attributes.
/// Skipped, with the reason printed, for other users; <c>COMPOSE_TEST_REQUIRE_DOCKER=1</c> (CI) makes it run and fail instead.
/// </summary>
public sealed class RootFactAttribute : FactAttribute
{
    public RootFactAttribute()
    {
        if (Environment.UserName != "root" && Environment.GetEnvironmentVariable("COMPOSE_TEST_REQUIRE_DOCKER") != "1")
        {
            Skip = "needs root (layer unpacking sets owners, makes device nodes and trusted.overlay.* attributes); run as root, as CI does";
        }
    }
}
