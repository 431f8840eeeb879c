using Compose.Model;
using Compose.Hashing;

namespace Compose.Tests.Model;

/// <summary>The model marks what does not change a container, so the config hash recreates nothing for it.</summary>
public class ServiceHashMarkingTests
{
    private static readonly Service Web = new() { Name = "web", Image = "busybox" };

    public static TheoryData<string, Service> ContainerNeutralChanges() => new()
    {
        { "build", Web with { Build = new ServiceBuild { Context = "/src" } } },
        { "pull_policy", Web with { PullPolicy = "always" } },
        { "develop", Web with { Develop = new DevelopConfig { Watch = [new WatchRule { Path = "/src", Action = "sync" }] } } },
        { "post_start", Web with { PostStart = [new ServiceHook { Command = ["true"] }] } },
        { "pre_stop", Web with { PreStop = [new ServiceHook { Command = ["true"] }] } },
        { "attach", Web with { Attach = false } },
        { "x-extensions", Web with { Extensions = ModelMaps.From([KeyValuePair.Create("x-team", (object?)"core")]) } },
        { "env_file list", Web with { EnvFiles = [new EnvFileReference { Path = "/a.env" }] } },
    };

    public static TheoryData<string, Service> ContainerChanges() => new()
    {
        { "volumes", Web with { Volumes = [new ServiceMount { Type = "volume", Target = "/data" }] } },
        { "healthcheck", Web with { HealthCheck = new HealthCheck { Test = ["CMD", "true"] } } },
        { "deploy.resources", Web with { Deploy = new DeployConfig { Resources = new DeployResources { Limits = new ResourceLimits { Memory = 1024 } } } } },
        { "deploy.restart_policy", Web with { Deploy = new DeployConfig { RestartPolicy = new RestartPolicy { Condition = "any" } } } },
        { "cap_add", Web with { CapAdd = ["NET_ADMIN"] } },
        { "ulimits", Web with { Ulimits = ModelMaps.From([KeyValuePair.Create("nofile", new Ulimit { Single = 1024 })]) } },
        { "environment (from env_file contents)", Web with { Environment = ModelMaps.From([KeyValuePair.Create("A", (string?)"1")]) } },
    };

    [Theory]
    [MemberData(nameof(ContainerNeutralChanges))]
    public void Settings_that_do_not_shape_the_container_leave_the_hash_alone(string setting, Service changed)
    {
        ConfigHash.Compute(changed).Should().Be(ConfigHash.Compute(Web), $"{setting} does not change the container");
    }

    [Fact]
    public void Scaling_and_swarm_only_deploy_settings_leave_the_hash_alone()
    {
        var one = Web with { Deploy = new DeployConfig { Replicas = 1 } };
        var five = Web with { Deploy = new DeployConfig { Replicas = 5, Mode = "replicated", EndpointMode = "dnsrr", Labels = ModelMaps.From([KeyValuePair.Create("a", "b")]) } };

        ConfigHash.Compute(five).Should().Be(ConfigHash.Compute(one));
    }

    [Theory]
    [MemberData(nameof(ContainerChanges))]
    public void Settings_that_shape_the_container_change_the_hash(string setting, Service changed)
    {
        ConfigHash.Compute(changed).Should().NotBe(ConfigHash.Compute(Web), $"{setting} changes the container");
    }
}
