using Compose.Errors;
using Compose.Model;

namespace Compose.Tests.Loading.Binding;

public class BindingDeployTests
{
    private static async Task<Service> WebAsync(string deploy, string extra = "") =>
        (await TestProjects.ProjectAsync($"services:\n  web:\n    image: x\n{extra}    deploy:\n{deploy}")).Services["web"];

    [Fact]
    public async Task Resources_take_byte_and_cpu_units()
    {
        var web = await WebAsync("""
                  resources:
                    limits: {cpus: '0.5', memory: 1.5G, pids: 100}
                    reservations:
                      memory: 512m
                      devices: [{capabilities: [gpu], count: all, driver: nvidia}]

            """);

        web.Deploy!.Resources.Should().Be(new DeployResources
        {
            Limits = new ResourceLimits { Cpus = 0.5m, Memory = 1610612736, Pids = 100 },
            Reservations = web.Deploy.Resources!.Reservations,
        });
        web.Deploy.Resources.Reservations!.Memory.Should().Be(512L * 1024 * 1024);
        web.Deploy.Resources.Reservations.Devices.Should().ContainSingle()
            .Which.Should().Match<DeviceRequest>(d => d.Count == -1 && d.Driver == "nvidia" && d.Capabilities.Single() == "gpu");
    }

    [Fact]
    public async Task Replicas_set_the_scale_and_the_restart_policy_binds()
    {
        var web = await WebAsync("      replicas: 3\n      restart_policy: {condition: on-failure, max_attempts: 2, delay: 5s, window: 2m}\n");

        web.Scale.Should().Be(3);
        web.Replicas.Should().Be(3);
        web.Deploy!.RestartPolicy.Should().Be(new RestartPolicy
        {
            Condition = "on-failure", MaxAttempts = 2, Delay = TimeSpan.FromSeconds(5), Window = TimeSpan.FromMinutes(2),
        });
    }

    [Theory]
    [InlineData("      replicas: 2\n", "    scale: 3\n", "compose.yaml:4:5: services.web.scale: scale (3) and deploy.replicas (2) differ; set only one of them.")]
    [InlineData("      resources: {limits: {memory: 12x}}\n", "", "compose.yaml:5:36: services.web.deploy.resources.limits.memory: '12x' is not a byte size; write it like 1024, 512m or 1.5g (units b, k, m, g, t, p).")]
    [InlineData("      resources: {limits: {cpus: half}}\n", "", "compose.yaml:5:34: services.web.deploy.resources.limits.cpus: 'half' is not a number; write it like 0.5 or 2.")]
    [InlineData("      replicas: -1\n", "", "compose.yaml:5:17: services.web.deploy.replicas: -1 is negative; use 0 or more.")]
    [InlineData("      restart_policy: {condition: sometimes}\n", "", "compose.yaml:5:35: services.web.deploy.restart_policy.condition: 'sometimes' is not allowed here; use none, on-failure, any.")]
    public async Task Bad_deploy_settings_are_refused_at_their_line(string deploy, string extra, string message)
    {
        var act = () => WebAsync(deploy, extra);

        (await act.Should().ThrowAsync<ComposeFileException>()).WithMessage(message);
    }
}
