using Compose.IntegrationTests.Matrix;

namespace Compose.IntegrationTests.Native.Matrix;

/// <summary><see cref="StackScenarios"/> on the native driver (runc, conmon, netavark), each followed by the native leak checks.</summary>
[Collection(NativeCollection.Name)]
public sealed class NativeStackTests : StackScenarios
{
    protected override Task<StackDriver> CreateAsync(string prefix, string yaml) => NativeStackDriver.CreateAsync(prefix, yaml);

    [NativeFact]
    public Task Health_gating_names_dns_port_and_down_v() => A_stack_comes_up_gated_by_health_resolves_names_answers_on_its_port_and_down_v_leaves_nothing();

    [NativeFact]
    public Task Named_volume_survives_recreation_and_down() => A_named_volume_survives_recreation_and_down();

    [NativeFact]
    public Task Wait_fails_on_an_unhealthy_service() => Wait_fails_with_exit_1_naming_a_service_that_never_gets_healthy();

    [NativeFact]
    public Task Logs_of_a_restarted_container() => The_logs_of_a_restarted_container_hold_every_run();

    [NativeFact]
    public Task Attached_up_and_ctrl_c() => An_attached_up_interrupted_with_ctrl_c_stops_the_stack_gracefully();
}
