using System.Collections.Immutable;
using System.Text.Json;
using Compose.Runtime;
using Compose.Runtime.Errors;
using Compose.Runtime.Native.Bundles;
using Compose.Runtime.Native.Images;

namespace Compose.Tests.Native;

public sealed class OciSpecBuilderTests
{
    private static readonly NativeImageConfig Image = new()
    {
        Entrypoint = ["/entry.sh"],
        Cmd = ["serve"],
        Env = ["PATH=/custom/bin", "MODE=image"],
        WorkingDir = "/srv",
    };

    private static ContainerCreateSpec Spec(Func<ContainerCreateSpec, ContainerCreateSpec>? change = null)
    {
        var spec = new ContainerCreateSpec { Name = "p-web-1", Image = "img" };
        return change is null ? spec : change(spec);
    }

    private static BundleContext Context(Func<BundleContext, BundleContext>? change = null)
    {
        var context = new BundleContext
        {
            Id = new string('a', 64),
            RootfsPath = "/state/c/merged",
            Image = Image,
            User = ResolvedUser.Root,
            NetworkNamespacePath = "/run/netns/composectl-aaaa",
            Hostname = "aaaaaaaaaaaa",
            HostsFile = "/state/c/hosts",
            ResolvConfFile = "/state/c/resolv.conf",
            HostnameFile = "/state/c/hostname",
        };
        return change is null ? context : change(context);
    }

    [Fact]
    public void The_image_entrypoint_and_command_run_with_the_images_environment_and_working_directory()
    {
        var oci = OciSpecBuilder.Build(Spec(s => s with { Environment = ["MODE=container", "EXTRA=1"] }), Context());

        oci.Process.Args.Should().Equal("/entry.sh", "serve");
        oci.Process.Env.Should().Equal("PATH=/custom/bin", "HOSTNAME=aaaaaaaaaaaa", "MODE=container", "EXTRA=1", "HOME=/root");
        oci.Process.Cwd.Should().Be("/srv");
        oci.Root.Should().Be(new OciRoot("/state/c/merged", false));
        oci.Hostname.Should().Be("aaaaaaaaaaaa");
    }

    [Fact]
    public void A_name_without_a_value_unsets_the_images_variable_as_the_engine_does()
    {
        var oci = OciSpecBuilder.Build(Spec(s => s with { Environment = ["MODE", "ABSENT", "EXTRA=1"] }), Context());

        oci.Process.Env.Should().Equal("PATH=/custom/bin", "HOSTNAME=aaaaaaaaaaaa", "EXTRA=1", "HOME=/root");
    }

    [Fact]
    public void An_entrypoint_given_with_the_container_drops_the_images_command_and_a_command_replaces_only_the_command()
    {
        OciSpecBuilder.Build(Spec(s => s with { Entrypoint = ["sh", "-c"] }), Context()).Process.Args.Should().Equal("sh", "-c");
        OciSpecBuilder.Build(Spec(s => s with { Command = ["debug"] }), Context()).Process.Args.Should().Equal("/entry.sh", "debug");
        OciSpecBuilder.Build(Spec(s => s with { Entrypoint = ["run"], Command = ["x"], Init = true }), Context())
            .Process.Args.Should().Equal(OciMounts.InitPathInContainer, "--", "run", "x");
    }

    [Fact]
    public void No_command_at_all_is_refused_with_the_way_out()
    {
        var act = () => OciSpecBuilder.Build(Spec(), Context(c => c with { Image = new NativeImageConfig() }));

        act.Should().Throw<ContainerRuntimeException>().WithMessage("*no command specified*set 'command:' or 'entrypoint:'*");
    }

    [Fact]
    public void Mounts_put_binds_volumes_and_tmpfs_after_the_kernel_file_systems_and_the_generated_etc_files_last()
    {
        var spec = Spec(s => s with
        {
            Tmpfs = ImmutableSortedDictionary<string, string>.Empty.Add("/run", "size=64m,mode=1777"),
            ShmSize = 1024,
        });
        var context = Context(c => c with
        {
            Mounts =
            [
                new ResolvedMount(new MountSpec { Type = MountType.Bind, Source = "/host/src", Target = "/src", ReadOnly = true }, "/host/src"),
                new ResolvedMount(new MountSpec { Type = MountType.Volume, Source = "data", Target = "/data" }, "/state/volumes/data/_data"),
                new ResolvedMount(new MountSpec { Type = MountType.Tmpfs, Target = "/cache", TmpfsSizeBytes = 1000, TmpfsMode = 448 }, null),
            ],
        });

        var mounts = OciSpecBuilder.Build(spec, context).Mounts;

        mounts.Select(m => m.Destination).Should().Equal(
            "/proc", "/dev", "/dev/pts", "/dev/shm", "/dev/mqueue", "/sys", "/sys/fs/cgroup", "/src", "/data", "/cache", "/run", "/etc/hosts", "/etc/resolv.conf", "/etc/hostname");
        mounts.Single(m => m.Destination == "/src").Should().BeEquivalentTo(new OciMount("/src", "bind", "/host/src", ["rbind", "ro", "rprivate"]));
        mounts.Single(m => m.Destination == "/data").Options.Should().Contain("rw");
        mounts.Single(m => m.Destination == "/cache").Options.Should().Contain(["size=1000", "mode=700"]);
        mounts.Single(m => m.Destination == "/run").Options.Should().Contain(["size=64m", "mode=1777"]);
        mounts.Single(m => m.Destination == "/dev/shm").Options.Should().Contain("size=1024");
    }

    [Fact]
    public void Namespaces_join_the_given_network_namespace_and_host_modes_leave_theirs_out()
    {
        var own = OciSpecBuilder.Build(Spec(), Context()).Linux.Namespaces;
        var host = OciSpecBuilder.Build(Spec(s => s with { PidMode = "host", IpcMode = "host", UtsMode = "host" }), Context(c => c with { NetworkNamespacePath = null }));

        own.Should().BeEquivalentTo([new OciNamespace("mount"), new OciNamespace("pid"), new OciNamespace("ipc"), new OciNamespace("uts"), new OciNamespace("network", "/run/netns/composectl-aaaa")]);
        host.Linux.Namespaces.Should().BeEquivalentTo([new OciNamespace("mount")]);
        host.Hostname.Should().BeNull("the host's UTS namespace keeps the host's name");
    }

    [Fact]
    public void Resources_become_cgroup_limits()
    {
        var spec = Spec(s => s with
        {
            Resources = new ResourceSpec { NanoCpus = 1_500_000_000, Memory = 256 * 1024 * 1024, MemorySwap = 512 * 1024 * 1024, PidsLimit = 100, CpuShares = 512, CpusetCpus = "0", OomKillDisable = true },
        });

        var resources = OciSpecBuilder.Build(spec, Context()).Linux.Resources!;

        resources.Cpu.Should().BeEquivalentTo(new OciCpu { Quota = 150_000, Period = 100_000, Shares = 512, Cpus = "0" });
        resources.Memory.Should().BeEquivalentTo(new OciMemory { Limit = 268435456, Swap = 536870912, DisableOomKiller = true });
        resources.Pids.Should().Be(new OciPids(100));
        resources.Devices.Should().BeEquivalentTo([new OciDeviceRule { Allow = false, Access = "rwm" }]);
    }

    [Fact]
    public void Capabilities_start_from_the_engines_default_set_and_privileged_gets_them_all_unmasked()
    {
        var spec = Spec(s => s with { CapAdd = ["net_admin"], CapDrop = ["MKNOD", "CAP_NET_RAW"] });
        var privileged = OciSpecBuilder.Build(Spec(s => s with { Privileged = true }), Context());

        var caps = OciSpecBuilder.Build(spec, Context()).Process.Capabilities!.Bounding;

        caps.Should().Contain("CAP_NET_ADMIN").And.Contain("CAP_CHOWN").And.NotContain("CAP_MKNOD").And.NotContain("CAP_NET_RAW").And.NotContain("CAP_SYS_ADMIN");
        privileged.Process.Capabilities!.Bounding.Should().Contain("CAP_SYS_ADMIN");
        privileged.Linux.MaskedPaths.Should().BeNull();
        privileged.Linux.Resources!.Devices.Should().BeEquivalentTo([new OciDeviceRule { Allow = true, Access = "rwm" }]);
        Capabilities.Compute(false, ["NET_ADMIN"], ["ALL"]).Should().Equal("CAP_NET_ADMIN");
    }

    [Fact]
    public void Ulimits_sysctls_user_read_only_root_and_tty_are_carried_over()
    {
        var spec = Spec(s => s with
        {
            Ulimits = [new UlimitSpec("nofile", 1024, 2048), new UlimitSpec("core", -1, -1)],
            Sysctls = ImmutableSortedDictionary<string, string>.Empty.Add("net.core.somaxconn", "1024"),
            ReadOnlyRootFilesystem = true,
            Tty = true,
            SecurityOpt = ["no-new-privileges:true"],
        });
        var user = new ResolvedUser(1000, 1000, [50], "/home/app");

        var oci = OciSpecBuilder.Build(spec, Context(c => c with { User = user }));

        oci.Process.Rlimits.Should().Equal(new OciRlimit("RLIMIT_NOFILE", 2048, 1024), new OciRlimit("RLIMIT_CORE", ulong.MaxValue, ulong.MaxValue));
        oci.Linux.Sysctl.Should().Contain("net.core.somaxconn", "1024");
        oci.Root.Readonly.Should().BeTrue();
        oci.Process.Terminal.Should().BeTrue();
        oci.Process.Env.Should().Contain(["TERM=xterm", "HOME=/home/app"]);
        oci.Process.User.Should().BeEquivalentTo(new OciUser { Uid = 1000, Gid = 1000, AdditionalGids = [50] });
        oci.Process.NoNewPrivileges.Should().BeTrue();
    }

    [Fact]
    public void The_json_is_what_runc_reads()
    {
        var json = JsonSerializer.Serialize(OciSpecBuilder.Build(Spec(), Context()), OciSpecJsonContext.Default.OciSpec);

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        root.GetProperty("ociVersion").GetString().Should().Be("1.0.2");
        root.GetProperty("process").GetProperty("user").GetProperty("uid").GetUInt32().Should().Be(0);
        root.GetProperty("linux").GetProperty("cgroupsPath").GetString().Should().Be("/composectl/" + new string('a', 64));
        root.GetProperty("linux").TryGetProperty("sysctl", out _).Should().BeFalse("unset members are left out");
    }

    [Fact]
    public void Settings_only_the_Docker_engine_has_are_refused_before_anything_is_made()
    {
        var links = () => NativeSpecCheck.Validate(Spec(s => s with { Docker = new DockerContainerOptions { Links = ["db:database"] } }));
        var driver = () => NativeSpecCheck.Validate(Spec(s => s with { Logging = new LogConfigSpec("syslog", ImmutableSortedDictionary<string, string>.Empty) }));

        links.Should().Throw<ContainerRuntimeException>().WithMessage("*links:*not supported by the native runtime*--runtime docker*");
        driver.Should().Throw<ContainerRuntimeException>().WithMessage("*logging driver 'syslog'*");
        NativeSpecCheck.Validate(Spec(s => s with { Logging = new LogConfigSpec("json-file", ImmutableSortedDictionary<string, string>.Empty) }));
    }
}
