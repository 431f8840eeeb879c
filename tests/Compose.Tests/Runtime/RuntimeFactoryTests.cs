using Compose.Runtime;
using Compose.Runtime.Docker;
using Compose.Runtime.Errors;

namespace Compose.Tests.Runtime;

public sealed class RuntimeFactoryTests
{
    private static readonly Dictionary<string, string> NoVariables = [];

    [Fact]
    public void The_flag_wins_over_COMPOSE_RUNTIME_which_wins_over_docker()
    {
        var environment = new Dictionary<string, string> { [RuntimeFactory.EnvironmentVariable] = "Podman" };

        RuntimeFactory.Choose("native", environment).Should().Be("native");
        RuntimeFactory.Choose(null, environment).Should().Be("podman");
        RuntimeFactory.Choose(null, NoVariables).Should().Be("docker");
    }

    [Fact]
    public void An_unknown_driver_is_refused_naming_where_it_came_from_and_the_choices()
    {
        var environment = new Dictionary<string, string> { [RuntimeFactory.EnvironmentVariable] = "containerd" };

        var refusal = () => RuntimeFactory.Choose(null, environment);

        refusal.Should().Throw<EngineConfigurationException>()
            .WithMessage("*COMPOSE_RUNTIME names the runtime 'containerd', which does not exist; use one of docker, podman, native.");
    }

    [Fact]
    public async Task Podman_without_DOCKER_HOST_uses_CONTAINER_HOST_else_the_podman_socket()
    {
        await using var fromContainerHost = (DockerRuntime)RuntimeFactory.Instance.Create(new RuntimeOptions
        {
            Driver = "podman",
            Environment = new Dictionary<string, string> { ["CONTAINER_HOST"] = "unix:///tmp/podman-test.sock" },
        });
        await using var byDefault = (DockerRuntime)RuntimeFactory.Instance.Create(new RuntimeOptions { Driver = "podman", Environment = NoVariables });
        await using var fromDockerHost = (DockerRuntime)RuntimeFactory.Instance.Create(new RuntimeOptions
        {
            Driver = "podman",
            Environment = new Dictionary<string, string> { ["DOCKER_HOST"] = "unix:///tmp/docker-host.sock", ["CONTAINER_HOST"] = "unix:///tmp/ignored.sock" },
        });

        fromContainerHost.Endpoint.SocketPath.Should().Be("/tmp/podman-test.sock");
        byDefault.Endpoint.SocketPath.Should().Be("/run/podman/podman.sock");
        fromDockerHost.Endpoint.SocketPath.Should().Be("/tmp/docker-host.sock");
    }

    [Fact]
    public void A_capability_the_driver_lacks_is_refused_with_the_driver_and_the_alternative()
    {
        var native = RuntimeCapabilities.Docker with { Driver = "native", Builds = false };

        var refusal = () => native.Require(native.Builds, "build images", "use --runtime docker, or pull the image");

        refusal.Should().Throw<RuntimeCapabilityException>()
            .WithMessage("the native runtime cannot build images: use --runtime docker, or pull the image");
    }
}
