using CliWrap;
using CliWrap.Buffered;
using Compose.IntegrationTests.Infrastructure;
using Compose.IntegrationTests.Native.Images;
using Compose.Runtime.Native.Images;

namespace Compose.IntegrationTests.Native;

/// <summary>
/// <c>composectl --runtime native image load</c> as a person runs it (the built composectl as its own process, so the
/// supervisor it starts is composectl too), on a root of the test's own (<c>COMPOSE_NATIVE_ROOT</c> and
/// <c>COMPOSE_NATIVE_RUN_ROOT</c>): the busybox OCI archive made without any engine, then a service up from it and
/// listed by <c>images</c>; and a <c>docker save</c> piped in on stdin.
/// </summary>
[Collection(NativeCollection.Name)]
public sealed class NativeImageLoadCommandTests : IDisposable
{
    private readonly string _directory = TestTemp.Directory("native-load-");
    private readonly string _project = TestNames.UniqueProject("nload");
    private readonly Dictionary<string, string> _variables;

    public NativeImageLoadCommandTests()
    {
        _variables = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["COMPOSE_NATIVE_ROOT"] = Path.Combine(_directory, "state"),
            ["COMPOSE_NATIVE_RUN_ROOT"] = $"/run/composectl-test-{Path.GetFileName(_directory)}",
        };
    }

    private async Task<BufferedCommandResult> ComposectlAsync(PipeSource? stdin, params string[] args)
    {
        var command = CliWrap.Cli.Wrap(ComposectlBinary.Path)
            .WithArguments(["--runtime", "native", "-p", _project, "--progress", "plain", .. args])
            .WithWorkingDirectory(_directory)
            .WithEnvironmentVariables(_variables.ToDictionary(v => v.Key, string? (v) => v.Value))
            .WithValidation(CommandResultValidation.None);
        return await (stdin is null ? command : command.WithStandardInputPipe(stdin)).ExecuteBufferedAsync();
    }

    [NativeFact]
    public async Task The_busybox_oci_archive_loads_and_a_service_comes_up_from_it()
    {
        var load = await ComposectlAsync(null, "image", "load", "-i", await NativeBusybox.ArchiveAsync());

        load.ExitCode.Should().Be(0, load.StandardError);
        load.StandardOutput.Should().Be("Loaded image: busybox:latest\n");
        string id;
        using (var store = new NativeImageStore(new NativeImageStoreOptions { Root = Compose.Runtime.Native.NativeRuntimeFactory.RootFrom(_variables) }))
        {
            id = (await store.FindAsync("busybox:latest", default))!.Id;
        }

        await File.WriteAllTextAsync(Path.Combine(_directory, "compose.yaml"), """
            services:
              app:
                image: busybox:latest
                pull_policy: never
                command: ["sh", "-c", "exec sleep 300"]
                network_mode: none
                stop_grace_period: 1s
            """);
        try
        {
            var up = await ComposectlAsync(null, "up", "-d");
            up.ExitCode.Should().Be(0, up.StandardError);
            var images = await ComposectlAsync(null, "images");
            images.ExitCode.Should().Be(0, images.StandardError);
            images.StandardOutput.Should().MatchRegex($"{_project}-app-1 +busybox +latest +{id[7..19]}", "the container runs the loaded image");
        }
        finally
        {
            var down = await ComposectlAsync(null, "down");
            down.ExitCode.Should().Be(0, down.StandardError);
        }
    }

    [NativeImagesFact(needsDocker: true)]
    public async Task A_docker_save_piped_in_on_stdin_loads_with_docker_s_image_id()
    {
        var archive = Path.Combine(_directory, "busybox.tar");
        await DockerCli.OkAsync("save", "-o", archive, "busybox:latest");
        var dockerId = await DockerCli.OkAsync("image", "inspect", "--format", "{{.Id}}", "busybox:latest");

        var load = await ComposectlAsync(PipeSource.FromFile(archive), "image", "load");

        load.ExitCode.Should().Be(0, load.StandardError);
        load.StandardOutput.Should().Be("Loaded image: busybox:latest\n");
        using var store = new NativeImageStore(new NativeImageStoreOptions { Root = Compose.Runtime.Native.NativeRuntimeFactory.RootFrom(_variables) });
        (await store.FindAsync("busybox:latest", default))!.Id.Should().Be(dockerId);
    }

    [NativeImagesFact]
    public async Task An_empty_stdin_and_a_file_of_text_are_refused_in_one_sentence()
    {
        var text = Path.Combine(_directory, "notes.txt");
        await File.WriteAllTextAsync(text, new string('x', 2048));

        var empty = await ComposectlAsync(PipeSource.Null, "image", "load");
        var notArchive = await ComposectlAsync(null, "image", "load", "-i", text);

        empty.ExitCode.Should().Be(1);
        empty.StandardError.Should().StartWith("Error: requested load from stdin, but stdin is empty or a terminal; use -i FILE");
        notArchive.ExitCode.Should().Be(1);
        notArchive.StandardError.Should().StartWith($"Error: load image {text}: not a docker save or OCI archive, or a damaged one: ");
        notArchive.StandardError.TrimEnd().Should().NotContain("\n").And.NotContain("   at ");
    }

    /// <summary>Whatever the test left mounted (a failed down) is detached first, so deleting the root never reaches into a mount.</summary>
    public void Dispose()
    {
        var mounts = File.ReadLines("/proc/self/mountinfo").Select(l => l.Split(' ')[4]).Where(m => m.StartsWith(_directory + "/", StringComparison.Ordinal));
        foreach (var mount in mounts.OrderByDescending(m => m.Length).ToList())
        {
            Compose.Runtime.Native.Images.Layers.Posix.Unmount(mount, Compose.Runtime.Native.Images.Layers.Posix.DetachUnmount);
        }

        var run = _variables["COMPOSE_NATIVE_RUN_ROOT"];
        if (Directory.Exists(run))
        {
            Directory.Delete(run, recursive: true);
        }

        Directory.Delete(_directory, recursive: true);
    }
}
