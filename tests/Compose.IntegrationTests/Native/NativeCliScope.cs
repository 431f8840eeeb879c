using CliWrap;
using CliWrap.Buffered;
using Compose.IntegrationTests.Infrastructure;
using Compose.IntegrationTests.Native.Images;
using Compose.Runtime.Native;
using Compose.Runtime.Native.Images.Layers;

namespace Compose.IntegrationTests.Native;

/// <summary>
/// composectl run as a person runs it (the built executable as its own process, so the supervisor it starts is
/// composectl too) with <c>--runtime native</c> on a state root of the test's own: given by <c>--root</c> when
/// <see cref="RootByFlag"/>, else by <c>COMPOSE_NATIVE_ROOT</c>. Disposal detaches what a failed test left mounted
/// (so deleting the root never reaches into a mount) and deletes both roots.
/// </summary>
public sealed class NativeCliScope : IDisposable
{
    public NativeCliScope(string prefix, bool rootByFlag = false)
    {
        Directory = TestTemp.Directory($"native-{prefix}-");
        Project = TestNames.UniqueProject(prefix);
        RootByFlag = rootByFlag;
        Root = new NativeRoot(Path.Combine(Directory, "state"), $"/run/composectl-test-{Path.GetFileName(Directory)}");
    }

    /// <summary>The project's directory (compose.yaml and build contexts go here); the state root is its <c>state</c>.</summary>
    public string Directory { get; }

    public string Project { get; }

    public NativeRoot Root { get; }

    public bool RootByFlag { get; }

    public Task WriteAsync(string relativePath, string text)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return File.WriteAllTextAsync(path, text);
    }

    public async Task<BufferedCommandResult> RunAsync(params string[] args)
    {
        var variables = new Dictionary<string, string?>(StringComparer.Ordinal) { [NativeRuntimeFactory.RunRootVariable] = Root.RunDirectory };
        string[] root = RootByFlag ? ["--root", Root.StateDirectory] : [];
        if (!RootByFlag)
        {
            variables[NativeRuntimeFactory.RootVariable] = Root.StateDirectory;
        }

        return await CliWrap.Cli.Wrap(ComposectlBinary.Path)
            .WithArguments(["--runtime", "native", .. root, "-p", Project, "--progress", "plain", .. args])
            .WithWorkingDirectory(Directory)
            .WithEnvironmentVariables(variables)
            .WithValidation(CommandResultValidation.None)
            .ExecuteBufferedAsync();
    }

    /// <summary>Runs composectl and asserts it succeeded, showing its stderr otherwise; its stdout.</summary>
    public async Task<string> OkAsync(params string[] args)
    {
        var result = await RunAsync(args);
        result.ExitCode.Should().Be(0, $"composectl {string.Join(' ', args)} failed: {result.StandardError}");
        return result.StandardOutput;
    }

    /// <summary>busybox:latest in the root's store, loaded through <c>image load</c> from the archive made without any engine.</summary>
    public async Task SeedBusyboxAsync() =>
        (await OkAsync("image", "load", "-i", await NativeBusybox.ArchiveAsync())).Should().Be("Loaded image: busybox:latest\n");

    public void Dispose()
    {
        var mounts = File.ReadLines("/proc/self/mountinfo").Select(l => l.Split(' ')[4]).Where(m => m.StartsWith(Directory + "/", StringComparison.Ordinal));
        foreach (var mount in mounts.OrderByDescending(m => m.Length).ToList())
        {
            Posix.Unmount(mount, Posix.DetachUnmount);
        }

        if (System.IO.Directory.Exists(Root.RunDirectory))
        {
            System.IO.Directory.Delete(Root.RunDirectory, recursive: true);
        }

        System.IO.Directory.Delete(Directory, recursive: true);
    }
}
