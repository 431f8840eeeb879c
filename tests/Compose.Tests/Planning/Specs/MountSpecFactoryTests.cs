using Compose.Planning.Specs;
using Compose.Runtime;

namespace Compose.Tests.Planning.Specs;

public class MountSpecFactoryTests
{
    [Fact]
    public async Task Volumes_map_to_mounts_with_engine_volume_names()
    {
        var project = await TestProjects.ProjectAsync("""
            services:
              web:
                image: busybox
                volumes:
                  - ./src:/src:ro
                  - data:/data:nocopy
                  - /anonymous
                  - {type: tmpfs, target: /scratch, tmpfs: {size: 1m, mode: 1777}}
                  - {type: bind, source: /var/run/docker.sock, target: /var/run/docker.sock, bind: {propagation: rslave}}
            volumes:
              data: {name: shared-data}
            """);

        var mounts = MountSpecFactory.Create(project, project.Services["web"]);

        mounts.Should().BeEquivalentTo(new[]
        {
            new MountSpec { Type = MountType.Bind, Source = Path.Combine(project.WorkingDirectory, "src"), Target = "/src", ReadOnly = true, BindCreateHostPath = true },
            new MountSpec { Type = MountType.Volume, Source = "shared-data", Target = "/data", VolumeNoCopy = true },
            new MountSpec { Type = MountType.Volume, Source = null, Target = "/anonymous" },
            new MountSpec { Type = MountType.Tmpfs, Target = "/scratch", TmpfsSizeBytes = 1024 * 1024, TmpfsMode = Convert.ToInt32("1777", 8) },
            new MountSpec { Type = MountType.Bind, Source = "/var/run/docker.sock", Target = "/var/run/docker.sock", BindPropagation = "rslave" },
        }, options => options.WithStrictOrdering());
    }

    [Fact]
    public async Task File_secrets_and_configs_are_read_only_binds_at_their_targets()
    {
        var project = await TestProjects.ProjectAsync("""
            services:
              web:
                image: busybox
                secrets: [token, {source: token, target: api-key}, from_env]
                configs: [{source: app, target: /etc/app.conf}, app]
                tmpfs: ["/run:size=64m", /tmp]
            secrets:
              token: {file: ./token.txt}
              from_env: {environment: TOKEN}
            configs:
              app: {file: ./app.conf}
            """);

        var web = project.Services["web"];
        var mounts = MountSpecFactory.Create(project, web);

        mounts.Select(m => (m.Type, m.Source, m.Target, m.ReadOnly)).Should().Equal(
            (MountType.Bind, Path.Combine(project.WorkingDirectory, "token.txt"), "/run/secrets/token", true),
            (MountType.Bind, Path.Combine(project.WorkingDirectory, "token.txt"), "/run/secrets/api-key", true),
            (MountType.Bind, Path.Combine(project.WorkingDirectory, "app.conf"), "/etc/app.conf", true),
            (MountType.Bind, Path.Combine(project.WorkingDirectory, "app.conf"), "/app", true));
        MountSpecFactory.Tmpfs(web).Should().Equal(new Dictionary<string, string> { ["/run"] = "size=64m", ["/tmp"] = "" });
    }
}
