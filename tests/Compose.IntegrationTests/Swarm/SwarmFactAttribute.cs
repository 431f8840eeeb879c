using Compose.IntegrationTests.Infrastructure;

namespace Compose.IntegrationTests.Swarm;

/// <summary>
/// A test on the three-node swarm of scripts/swarm. It needs root (network namespaces, daemons) and an engine for the
/// seed image; without them it is skipped with the reason, unless <c>COMPOSE_TEST_REQUIRE_DOCKER=1</c> (CI), where it
/// runs and fails.
/// </summary>
public sealed class SwarmFactAttribute : FactAttribute
{
    public SwarmFactAttribute()
    {
        if (Engine.IsRequired)
        {
            return;
        }

        if (Environment.UserName != "root")
        {
            Skip = "The swarm fixture (scripts/swarm) needs root for its network namespaces and daemons; CI (COMPOSE_TEST_REQUIRE_DOCKER=1) runs it.";
        }
        else if (Engine.UnavailableReason is { } reason)
        {
            Skip = $"No Docker engine to seed the swarm's images from: {reason}. Run scripts/bootstrap.";
        }
    }
}
