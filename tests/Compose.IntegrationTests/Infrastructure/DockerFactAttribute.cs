namespace Compose.IntegrationTests.Infrastructure;

/// <summary>
/// A test that needs a real Docker engine. Skipped, with the reason printed, when none answers; with
/// <c>COMPOSE_TEST_REQUIRE_DOCKER=1</c> (as in CI) it runs anyway and fails, because a skip would hide a failure.
/// </summary>
public sealed class DockerFactAttribute : FactAttribute
{
    public DockerFactAttribute()
    {
        if (!Engine.IsRequired && Engine.UnavailableReason is { } reason)
        {
            Skip = $"No Docker engine: {reason}. Run scripts/bootstrap to start one (CI sets COMPOSE_TEST_REQUIRE_DOCKER=1 and fails instead).";
        }
    }
}
