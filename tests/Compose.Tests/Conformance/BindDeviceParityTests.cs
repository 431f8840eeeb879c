using Compose.Output;

namespace Compose.Tests.Conformance;

/// <summary>
/// A local volume that bind-mounts a host directory gets an absolute <c>device</c> (issue 14, item 7), as compose-go's
/// path resolver does (paths/resolve.go, <c>volumeDriverOpts</c>, for <c>driver: local</c> with <c>o: bind</c>): the
/// engine's local driver would read a relative one from its own working directory. Here also without a driver
/// (local is the default) and for <c>o</c> lists that include <c>bind</c>. compose-go turns an empty device (an
/// unset variable) into the project directory itself; it stays empty here, so the mount fails instead of binding the
/// whole project.
/// </summary>
public class BindDeviceParityTests
{
    [CorpusFact]
    public async Task A_relative_device_of_the_corpus_bind_volume_is_made_absolute()
    {
        const string File = "compose-e2e/fixtures/project-volume-bind-test/docker-compose.yml";

        var relative = (await CorpusLoader.LoadAsync(File, new Dictionary<string, string> { ["HOME"] = CorpusLoader.Home, ["TEST_DIR"] = "./data" })).Project;
        var unset = (await CorpusLoader.LoadAsync(File)).Project;

        relative.Volumes["project-data"].DriverOpts["device"].Should().Be(Path.Combine(relative.WorkingDirectory, "data"));
        unset.Volumes["project-data"].DriverOpts["device"].Should().BeEmpty();
    }

    [Fact]
    public async Task Only_local_bind_devices_resolve_against_the_project_directory()
    {
        var project = await TestProjects.ProjectAsync("""
            services:
              web: {image: x, volumes: ["plain:/a", "local:/b", "options:/c", "home:/d", "nfs:/e", "other:/f"]}
            volumes:
              plain: {driver_opts: {type: none, o: bind, device: ./data}}
              local: {driver: local, driver_opts: {type: none, o: bind, device: data/../files}}
              options: {driver_opts: {type: none, o: "bind,ro", device: ./ro}}
              home: {driver_opts: {type: none, o: bind, device: ~/cache}}
              nfs: {driver_opts: {type: nfs, o: "addr=10.0.0.1", device: ":/exports"}}
              other: {driver: vendor/driver, driver_opts: {o: bind, device: ./kept}}
            """, new Dictionary<string, string> { ["HOME"] = "/home/someone" });

        var devices = project.Volumes.ToDictionary(v => v.Key, v => v.Value.DriverOpts["device"]);

        devices.Should().Equal(new Dictionary<string, string>
        {
            ["home"] = "/home/someone/cache",
            ["local"] = Path.Combine(project.WorkingDirectory, "files"),
            ["nfs"] = ":/exports",
            ["options"] = Path.Combine(project.WorkingDirectory, "ro"),
            ["other"] = "./kept",
            ["plain"] = Path.Combine(project.WorkingDirectory, "data"),
        });
        YamlOutput.Write(ProjectDocument.From(project)).Should().Contain($"      device: {project.WorkingDirectory}/data\n");
    }
}
