using Compose.Model;
using Compose.Planning.Specs;
using Compose.Runtime;

namespace Compose.Tests.Planning.Specs;

public class HealthAndRestartSpecTests
{
    [Fact]
    public void A_health_check_maps_its_test_and_timings_and_disable_turns_it_off()
    {
        var check = new HealthCheck { Test = ["CMD", "true"], Interval = TimeSpan.FromSeconds(5), Retries = 3, StartInterval = TimeSpan.FromSeconds(1) };

        HealthCheckSpecFactory.Create(check).Should().BeEquivalentTo(new HealthCheckSpec
        {
            Test = ["CMD", "true"], Interval = TimeSpan.FromSeconds(5), Retries = 3, StartInterval = TimeSpan.FromSeconds(1),
        });
        HealthCheckSpecFactory.Create(new HealthCheck { Disable = true }).Should().BeSameAs(HealthCheckSpec.Disabled);
        HealthCheckSpecFactory.Create(null).Should().BeNull("no healthcheck keeps the image's");
    }

    [Theory]
    [InlineData("always", null, null, "always", null)]
    [InlineData("on-failure:3", null, null, "on-failure", 3)]
    [InlineData(null, "on-failure", 2, "on-failure", 2)]
    [InlineData(null, "none", null, "no", null)]
    [InlineData(null, "any", null, "always", null)]
    public void The_restart_policy_comes_from_restart_else_deploy(string? restart, string? condition, int? attempts, string name, int? retries)
    {
        var service = new Service
        {
            Name = "web",
            Restart = restart,
            Deploy = condition is null ? null : new DeployConfig { RestartPolicy = new RestartPolicy { Condition = condition, MaxAttempts = attempts } },
        };

        RestartPolicySpecFactory.Create(service).Should().Be(new RestartPolicySpec(name, retries));
    }
}
