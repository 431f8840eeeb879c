using Compose.IntegrationTests.Infrastructure;

namespace Compose.IntegrationTests.Matrix;

/// <summary><see cref="StackScenarios"/> on the Docker driver (and, in the Podman pass of scripts/test, on Podman's API).</summary>
public sealed class DockerStackTests : StackScenarios
{
    protected override Task<StackDriver> CreateAsync(string prefix, string yaml) => EngineStackDriver.CreateAsync(prefix, yaml);

    [DockerFact]
    public Task Health_gating_names_dns_port_and_down_v() => A_stack_comes_up_gated_by_health_resolves_names_answers_on_its_port_and_down_v_leaves_nothing();

    [DockerFact]
    public Task Named_volume_survives_recreation_and_down() => A_named_volume_survives_recreation_and_down();

    [DockerFact]
    public Task Wait_fails_on_an_unhealthy_service() => Wait_fails_with_exit_1_naming_a_service_that_never_gets_healthy();

    [DockerFact]
    public Task Logs_of_a_restarted_container() => The_logs_of_a_restarted_container_hold_every_run();

    [DockerFact]
    public Task Attached_up_and_ctrl_c() => An_attached_up_interrupted_with_ctrl_c_stops_the_stack_gracefully();
}
