namespace Compose.IntegrationTests.Infrastructure;

/// <summary>
/// A test that compares the published build (<see cref="ComposectlBinary.Published"/>) with the JIT build, on a real
/// engine unless it says it needs none. Skipped, with the reason printed, when either is missing; with <c>COMPOSE_TEST_REQUIRE_DOCKER=1</c> (as in
/// CI, where scripts/test publishes the NativeAOT build) it runs anyway and fails.
/// </summary>
public sealed class PublishedBinaryFactAttribute : FactAttribute
{
    /// <param name="needsEngine">False for a test that only loads files (<c>config</c>): it needs no engine.</param>
    public PublishedBinaryFactAttribute(bool needsEngine = true)
    {
        if (Engine.IsRequired)
        {
            return;
        }

        if (needsEngine && Engine.UnavailableReason is { } reason)
        {
            Skip = $"No Docker engine: {reason}. Run scripts/bootstrap to start one.";
        }
        else if (ComposectlBinary.Published is null)
        {
            Skip = ComposectlBinary.MissingReason;
        }
    }
}
