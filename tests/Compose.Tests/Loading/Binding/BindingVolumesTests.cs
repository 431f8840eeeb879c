using Compose.Errors;
using Compose.Model;

namespace Compose.Tests.Loading.Binding;

public class BindingVolumesTests
{
    private static async Task<(Project Project, Service Web)> LoadAsync(string volumes, string extra = "")
    {
        var project = await TestProjects.ProjectAsync($"services:\n  web:\n    image: x\n    volumes:\n{volumes}{extra}",
            new Dictionary<string, string> { ["HOME"] = "/home/me" });
        return (project, project.Services["web"]);
    }

    [Fact]
    public async Task Relative_and_home_sources_are_binds_made_absolute_and_created_when_missing()
    {
        var (project, web) = await LoadAsync("      - ./static/:/var/www/\n      - .:/code\n      - ~/configs:/etc/configs:ro\n");

        web.Volumes.Should().Equal(
            new ServiceMount { Type = "bind", Source = Path.Combine(project.WorkingDirectory, "static"), Target = "/var/www", BindOptions = new MountBindOptions { CreateHostPath = true } },
            new ServiceMount { Type = "bind", Source = project.WorkingDirectory, Target = "/code", BindOptions = new MountBindOptions { CreateHostPath = true } },
            new ServiceMount { Type = "bind", Source = "/home/me/configs", Target = "/etc/configs", ReadOnly = true, BindOptions = new MountBindOptions { CreateHostPath = true } });
    }

    [Fact]
    public async Task Named_anonymous_and_nocopy_volumes_bind_as_volume_mounts()
    {
        var (_, web) = await LoadAsync("      - data:/data:ro,nocopy\n      - /cache\n", "volumes:\n  data:\n");

        web.Volumes.Should().Equal(
            new ServiceMount { Type = "volume", Source = "data", Target = "/data", ReadOnly = true, VolumeOptions = new MountVolumeOptions { NoCopy = true } },
            new ServiceMount { Type = "volume", Target = "/cache", VolumeOptions = new MountVolumeOptions() });
    }

    [Fact]
    public async Task Long_syntax_keeps_bind_volume_and_tmpfs_options()
    {
        var (project, web) = await LoadAsync("""
                  - type: bind
                    source: ./src
                    target: /src
                    bind: {create_host_path: false, propagation: rshared, selinux: Z}
                  - type: volume
                    source: data
                    target: /data
                    volume: {nocopy: true, subpath: sub}
                  - type: tmpfs
                    target: /tmp
                    tmpfs: {size: 64m, mode: 1777}

            """, "volumes:\n  data:\n");

        web.Volumes[0].Should().Be(new ServiceMount
        {
            Type = "bind", Source = Path.Combine(project.WorkingDirectory, "src"), Target = "/src",
            BindOptions = new MountBindOptions { CreateHostPath = false, Propagation = "rshared", Selinux = "Z" },
        });
        web.Volumes[1].VolumeOptions.Should().Be(new MountVolumeOptions { NoCopy = true, Subpath = "sub" });
        web.Volumes[2].TmpfsOptions.Should().Be(new MountTmpfsOptions { Size = 64 * 1024 * 1024, Mode = Convert.ToInt32("1777", 8) });
    }

    [Theory]
    [InlineData("      - data:relative\n", "compose.yaml:5:9: services.web.volumes[0]: the container path 'relative' must be absolute (start with /).")]
    [InlineData("      - ./a:/a:rx\n", "compose.yaml:5:9: services.web.volumes[0]: './a:/a:rx' is not a valid volume: 'rx' is not a volume option here; use ro, rw, nocopy (volumes), z, Z or a propagation mode (binds).")]
    [InlineData("      - a:b:c:d\n", "compose.yaml:5:9: services.web.volumes[0]: 'a:b:c:d' is not a valid volume: too many colons; expected [SOURCE:]TARGET[:OPTIONS].")]
    [InlineData("      - type: disk\n        target: /x\n", "compose.yaml:5:15: services.web.volumes[0].type: 'disk' is not a mount type; use bind, volume, tmpfs, image, npipe or cluster.")]
    [InlineData("      - type: tmpfs\n        target: /x\n        tmpfs: {size: lots}\n", "compose.yaml:7:23: services.web.volumes[0].tmpfs.size: 'lots' is not a byte size; write it like 1024, 512m or 1.5g (units b, k, m, g, t, p).")]
    public async Task Bad_volumes_are_refused_at_their_line(string volumes, string message)
    {
        var act = () => LoadAsync(volumes);

        (await act.Should().ThrowAsync<ComposeFileException>()).WithMessage(message);
    }

    [Fact]
    public async Task A_named_volume_must_be_declared()
    {
        var act = () => LoadAsync("      - data:/data\n");

        (await act.Should().ThrowAsync<ComposeFileException>()).WithMessage(
            "compose.yaml:5:9: services.web.volumes[0]: service \"web\" refers to undefined volume data; declare it under the top-level volumes: (or write ./data for a directory next to the compose file).");
    }
}
