using Compose.Runtime;
using Compose.Runtime.Docker;
using Compose.Runtime.Errors;

namespace Compose.Tests.Runtime.Docker;

/// <summary>Where Docker and Podman answer differently, the driver hands callers one shape (see docs/runtime.md).</summary>
public sealed class EngineDialectTests
{
    [Fact]
    public void Unsplit_top_lines_are_cut_into_the_title_columns_keeping_spaces_in_the_command()
    {
        var podman = TopColumns.Split(["PID   USER     COMMAND"], [["1 root     sleep 300"], ["7 nobody   sh -c  x"]]);
        var docker = TopColumns.Split(["PID", "CMD"], [["1", "sleep 300"]]);

        podman.Titles.Should().Equal("PID", "USER", "COMMAND");
        podman.Processes.Select(p => p.ToArray()).Should().BeEquivalentTo(new[] { new[] { "1", "root", "sleep 300" }, ["7", "nobody", "sh -c  x"] }, o => o.WithStrictOrdering());
        docker.Titles.Should().Equal("PID", "CMD");
        docker.Processes.Single().Should().Equal("1", "sleep 300");
    }

    [Theory]
    [InlineData("docker.io/library/busybox:latest", "busybox:latest")]
    [InlineData("docker.io/team/app:1", "team/app:1")]
    [InlineData("localhost/app:1", "localhost/app:1")]
    [InlineData("busybox:latest", "busybox:latest")]
    public void Fully_qualified_docker_hub_names_become_the_familiar_ones(string reported, string familiar) =>
        WireMapper.FamiliarName(reported).Should().Be(familiar);

    [Fact]
    public void Extra_hosts_of_a_build_are_repeated_for_docker_and_one_json_array_for_podman()
    {
        var spec = new ImageBuildSpec { ExtraHosts = ["a:1.2.3.4", "b:5.6.7.8"] };

        BuildQuery.For(spec, podman: false).Should().Contain("extrahosts=a%3A1.2.3.4&extrahosts=b%3A5.6.7.8");
        BuildQuery.For(spec, podman: true).Should().Contain("extrahosts=" + Uri.EscapeDataString("[\"a:1.2.3.4\",\"b:5.6.7.8\"]"));
    }

    [Fact]
    public void A_remote_context_is_named_in_the_query_for_the_engine_to_fetch()
    {
        var spec = new ImageBuildSpec { RemoteContext = "https://example.com/app.git#main:sub" };

        BuildQuery.For(spec, podman: false).Should().Contain("&remote=" + Uri.EscapeDataString("https://example.com/app.git#main:sub"));
        BuildQuery.For(new ImageBuildSpec(), podman: false).Should().NotContain("remote=");
    }

    [Fact]
    public void A_container_in_the_wrong_state_is_a_conflict_whatever_status_the_engine_used()
    {
        var podman = DockerErrorMapper.Map(System.Net.HttpStatusCode.InternalServerError,
            "{\"cause\":\"container state improper\",\"message\":\"can only create exec sessions on running containers: container state improper\",\"response\":500}",
            "create exec in container", "c1");

        podman.Should().BeOfType<ResourceConflictException>().Which.Message.Should().Be(
            "create exec in container c1: can only create exec sessions on running containers: container state improper");
    }

    [Theory]
    [InlineData("028e0cc0dafca063647bf0786875b66bdcd4b99c1c1f56306c231f9fe67b2dba", "sha256:028e0cc0dafca063647bf0786875b66bdcd4b99c1c1f56306c231f9fe67b2dba")]
    [InlineData("sha256:028e0cc0dafca063647bf0786875b66bdcd4b99c1c1f56306c231f9fe67b2dba", "sha256:028e0cc0dafca063647bf0786875b66bdcd4b99c1c1f56306c231f9fe67b2dba")]
    [InlineData("busybox:latest", "busybox:latest")]
    public void Bare_image_ids_get_their_digest_algorithm(string reported, string expected) =>
        WireMapper.ImageId(reported).Should().Be(expected);

    [Theory]
    [InlineData("Up 4 seconds", "healthy", "Up 4 seconds (healthy)")]
    [InlineData("Up 4 seconds", "unhealthy", "Up 4 seconds (unhealthy)")]
    [InlineData("Up 4 seconds", "starting", "Up 4 seconds (health: starting)")]
    [InlineData("Up 4 seconds (Paused)", "healthy", "Up 4 seconds (Paused)")]
    [InlineData("Exited (0) 2 seconds ago", "unhealthy", "Exited (0) 2 seconds ago")]
    public void Podman_list_status_gets_the_health_docker_shows_in_it(string status, string health, string expected) =>
        WireMapper.WithHealth(status, health).Should().Be(expected);
}
