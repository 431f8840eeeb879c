namespace Compose.IntegrationTests.Infrastructure;

/// <summary>
/// A test on a <see cref="PrivateEngine"/>: it needs root, dockerd and the shared engine (for busybox:latest). It runs
/// in the Docker pass of the suite only (the private engine is a dockerd whatever DOCKER_HOST names), so the Podman pass
/// leaves it out (scripts/test filters it; run by hand there, it skips saying so). With <c>COMPOSE_TEST_REQUIRE_DOCKER=1</c> a missing prerequisite fails instead of skipping.
/// </summary>
public sealed class PrivateEngineFactAttribute : FactAttribute
{
    public PrivateEngineFactAttribute() => Skip = PrivateEngine.SkipReason;
}
