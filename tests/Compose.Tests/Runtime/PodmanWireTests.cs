using Compose.Runtime;
using Compose.Runtime.Docker;
using Compose.Runtime.Docker.Wire;
using Compose.Runtime.Errors;

namespace Compose.Tests.Runtime;

/// <summary>What Podman 4.3 sends and takes where it differs from Docker, as the driver maps it (measured against Podman 4.3.1).</summary>
public sealed class PodmanWireTests
{
    [Fact]
    public void Libpod_pull_lines_become_layer_progress_and_its_error_is_thrown()
    {
        LibpodPullProgress.From(new LibpodPullReportDto { Stream = "Copying blob sha256:0123456789abcdef0123\n" }, "pull image", "x")
            .Should().BeEquivalentTo(new ImageProgress { Id = "0123456789ab", Status = "Pull complete" });
        LibpodPullProgress.From(new LibpodPullReportDto { Stream = "Copying blob 0123456789abcdef skipped: already exists\n" }, "pull image", "x")!
            .Status.Should().Be("Already exists");
        var id = "sha256:" + new string('a', 64);
        LibpodPullProgress.From(new LibpodPullReportDto { Id = new string('a', 64) }, "pull image", "x", "r:1", idBefore: null)
            .Should().BeEquivalentTo(new ImageProgress { Status = "Status: Downloaded newer image for r:1", ImageId = id });
        LibpodPullProgress.From(new LibpodPullReportDto { Id = new string('a', 64) }, "pull image", "x", "r:1", idBefore: id)!
            .Status.Should().Be("Status: Image is up to date for r:1", "the same id as before the pull is Docker's up to date");
        LibpodPullProgress.From(new LibpodPullReportDto { Stream = "\n" }, "pull image", "x").Should().BeNull();

        var failed = () => LibpodPullProgress.From(new LibpodPullReportDto { Error = "reading manifest 2 in 127.0.0.1:5000/p/absent: manifest unknown" }, "pull image", "127.0.0.1:5000/p/absent:2");
        failed.Should().Throw<ImageNotFoundException>().Which.Message.Should().Contain("manifest unknown");
    }

    [Fact]
    public void A_network_podman_still_uses_is_a_conflict()
    {
        var error = DockerErrorMapper.Map(System.Net.HttpStatusCode.InternalServerError,
            """{"cause":"network is being used","message":"\"p_default\" has associated containers with it. Use -f to forcibly delete containers and pods: network is being used","response":500}""",
            "remove network", "p_default");

        error.Should().BeOfType<ResourceConflictException>();
    }

    [Fact]
    public void A_network_name_podman_already_has_is_a_conflict()
    {
        DockerErrorMapper.Map(System.Net.HttpStatusCode.InternalServerError,
            """{"cause":"network already exists","message":"network name p_ipam already used: network already exists","response":500}""",
            "create network", "p_ipam").Should().BeOfType<ResourceConflictException>();
    }

    [Fact]
    public void Podman_gets_the_build_labels_as_an_ordered_array_docker_as_a_map()
    {
        var spec = new ImageBuildSpec
        {
            Tags = ["p-web"],
            Dockerfile = "Dockerfile",
            Labels = System.Collections.Immutable.ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal,
                [KeyValuePair.Create("com.docker.compose.service", "web"), KeyValuePair.Create("com.docker.compose.project", "p")]),
        };

        Uri.UnescapeDataString(BuildQuery.For(spec, podman: true)).Should().Contain("""labels=["com.docker.compose.project=p","com.docker.compose.service=web"]""");
        Uri.UnescapeDataString(BuildQuery.For(spec, podman: false)).Should().Contain("""labels={"com.docker.compose.project":"p","com.docker.compose.service":"web"}""");
    }

    [Fact]
    public void Every_container_is_created_with_a_stop_timeout_the_grace_period_or_dockers_ten_seconds()
    {
        var features = new ApiFeatures(new Version(1, 41), "create container", "c");
        var spec = new ContainerCreateSpec { Name = "c", Image = "busybox" };

        ContainerSpecMapper.ToDto(spec, features).StopTimeout.Should().Be(10);
        ContainerSpecMapper.ToDto(spec with { StopTimeout = TimeSpan.FromSeconds(2.5) }, features).StopTimeout.Should().Be(3);
    }
}
