using Compose.Runtime;
using Compose.Tests.Images;

namespace Compose.Tests.Cli;

/// <summary>What a driver says it cannot do is refused before any engine call, naming the driver and the way out.</summary>
public sealed class CapabilityRefusalTests : IDisposable
{
    private readonly FakeContainerRuntime _engine = new()
    {
        KnownImagesOnly = true,
        Clock = new ManualTimeProvider(),
        Capabilities = RuntimeCapabilities.Docker with { Driver = "native", Builds = false, Pause = false, VolumesFrom = false },
    };

    private BuildProject? _project;

    public CapabilityRefusalTests() => _engine.SeedImage("busybox", "sha256:busybox");

    public void Dispose() => _project?.Dispose();

    private async Task<CliRunner.Result> RunAsync(string yaml, params string[] args)
    {
        _project ??= await BuildProject.CreateAsync(yaml, ("web/Dockerfile", "FROM busybox:latest\n"));
        return await CliRunner.RunAsync(_project.Directory, null, _engine, null, ["-p", "demo", "--progress", "plain", .. args]);
    }

    [Fact]
    public async Task A_build_on_a_driver_that_cannot_build_is_refused_before_anything_is_made()
    {
        var result = await RunAsync("services:\n  web:\n    build: ./web\n", "up", "-d");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("Error: the native runtime cannot build images: use --runtime docker, or pull the image (pull_policy, --no-build)");
        _engine.CallTexts.Should().BeEmpty();
    }

    [Fact]
    public async Task A_build_on_the_native_driver_without_buildah_says_what_to_install_and_names_the_docker_driver()
    {
        _engine.Capabilities = Compose.Runtime.Native.NativeRuntime.CapabilitiesFor(canBuild: false);

        var result = await RunAsync("services:\n  web:\n    build: ./web\n", "build");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("Error: the native runtime cannot build images: install buildah and skopeo ('apt-get install buildah skopeo', or " +
            "'scripts/bootstrap --native'), or use --runtime docker").And.NotContain("   at ");
        _engine.CallTexts.Should().BeEmpty();
    }

    [Fact]
    public void The_native_driver_builds_when_buildah_is_installed()
    {
        Compose.Runtime.Native.NativeRuntime.CapabilitiesFor(canBuild: true).Should().Match<RuntimeCapabilities>(c => c.Builds && c.BuildsNeed == null);
        Compose.Runtime.Native.NativeRuntime.CapabilitiesFor(canBuild: false).Builds.Should().BeFalse();
    }

    [Fact]
    public async Task Volumes_from_on_a_driver_without_it_is_refused_at_planning_naming_the_service()
    {
        var result = await RunAsync("services:\n  data:\n    image: busybox\n  web:\n    image: busybox\n    volumes_from: [data]\n", "up", "-d");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("the native runtime cannot mount another container's volumes (services.web.volumes_from): declare the volume in both services, or use --runtime docker");
        _engine.CallTexts.Should().BeEmpty();
    }

    [Fact]
    public async Task Pause_on_a_driver_without_a_freezer_is_refused_and_nothing_is_paused()
    {
        _engine.Capabilities = RuntimeCapabilities.Docker with { Driver = "native", Builds = false };
        (await RunAsync("services:\n  web:\n    image: busybox\n", "up", "-d")).ExitCode.Should().Be(0);
        _engine.Capabilities = _engine.Capabilities with { Pause = false };

        var result = await RunAsync("services:\n  web:\n    image: busybox\n", "pause");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("the native runtime cannot pause containers: stop and start them instead, or use --runtime docker");
        _engine.Calls.Should().NotContain(c => c.Verb == "pause");
    }
}
