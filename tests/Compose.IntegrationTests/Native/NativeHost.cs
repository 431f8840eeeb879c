using System.Collections.Immutable;
using CliWrap;
using CliWrap.Buffered;
using Compose.Runtime;
using Compose.Runtime.Native;
using Compose.Runtime.Native.Processes;
using Compose.Runtime.Native.Supervision;

namespace Compose.IntegrationTests.Native;

/// <summary>
/// One test's native runtime: its own state and run directories, the busybox image store, a supervisor command that
/// runs the composectl built beside the tests, and on disposal the removal of everything plus the leak checks
/// (links, namespaces, mounts, firewall rules, state files, supervisor and aardvark-dns processes).
/// </summary>
public sealed class NativeHost : IAsyncDisposable
{
    private static readonly Lazy<string?> Unavailable = new(Probe);
    private readonly List<string> _subnets = [];

    private NativeHost(string project, NativeRoot root, NativeEngine engine, BusyboxImageStore images, HostSnapshot before)
    {
        Images = images;
        Before = before;
        Project = project;
        Root = root;
        Engine = engine;
    }

    public static string? UnavailableReason => Unavailable.Value;

    public string Project { get; }
    public NativeRoot Root { get; }
    public NativeEngine Engine { get; }

    public BusyboxImageStore Images { get; }

    /// <summary>The driver as the reconciler sees it, over this host's engine and the busybox store.</summary>
    public NativeRuntime Runtime => new(Engine, Images);

    /// <summary>Our kind of links and namespaces that existed before the test (another run's leftovers are not this test's leak).</summary>
    internal HostSnapshot Before { get; }

    public static async Task<NativeHost> StartAsync(string project)
    {
        var state = TestTemp.Directory("native-");
        var root = new NativeRoot(Path.Combine(state, "state"), $"/run/composectl-test-{Path.GetFileName(state)}");
        var images = await BusyboxImageStore.CreateAsync(Path.Combine(Path.GetTempPath(), $"composectl-native-busybox-{Environment.ProcessId}"), CancellationToken.None);
        var engine = new NativeEngine(root, images, NativeTools.Debian, Supervisor(), TimeProvider.System);
        return new NativeHost(project, root, engine, images, await HostSnapshot.TakeAsync());
    }

    public ImmutableSortedDictionary<string, string> Labels(string service) =>
        ImmutableSortedDictionary<string, string>.Empty
            .Add("com.docker.compose.project", Project)
            .Add("com.docker.compose.service", service);

    public ContainerCreateSpec Container(string service, params string[] command) => new()
    {
        Name = $"{Project}-{service}-1",
        Image = BusyboxImageStore.Reference,
        Command = command.Length == 0 ? null : [.. command],
        Labels = Labels(service),
    };

    /// <param name="bridge">The bridge's interface name (<c>com.docker.network.bridge.name</c>); the driver picks one when null.</param>
    public async Task<string> NetworkAsync(string name = "default", string? bridge = null)
    {
        var options = bridge is null ? ImmutableSortedDictionary<string, string>.Empty : ImmutableSortedDictionary<string, string>.Empty.Add("com.docker.network.bridge.name", bridge);
        var id = await Engine.CreateNetworkAsync(new NetworkCreateSpec { Name = $"{Project}_{name}", Labels = Labels("").Remove("com.docker.compose.service"), Options = options }, CancellationToken.None);
        var details = await Engine.InspectNetworkAsync(id, CancellationToken.None);
        _subnets.Add(details!.Ipam!.Config[0].Subnet!);
        return $"{Project}_{name}";
    }

    public async Task<string> RunAsync(ContainerCreateSpec spec)
    {
        var id = await Engine.CreateContainerAsync(spec, CancellationToken.None);
        try
        {
            await Engine.StartContainerAsync(id, CancellationToken.None);
        }
        catch (Exception e)
        {
            // Disposal's own failure would hide this one.
            Console.Error.WriteLine($"start of {spec.Name} failed: {e}");
            throw;
        }

        return id;
    }

    public async Task<string> LogsAsync(string id, LogOptions? options = null)
    {
        var lines = new List<string>();
        await foreach (var line in Engine.GetLogsAsync(id, options ?? new LogOptions(), CancellationToken.None))
        {
            lines.Add(line.Text);
        }

        return string.Join('\n', lines);
    }

    /// <summary>Runs a command in the container without a TTY: its exit code and output.</summary>
    public async Task<(int ExitCode, string Output)> ExecAsync(string id, params string[] command)
    {
        var exec = await Engine.CreateExecAsync(id, new ExecSpec { Command = [.. command] }, CancellationToken.None);
        var output = new System.Text.StringBuilder();
        await using (var connection = await Engine.StartExecAsync(exec, tty: false, CancellationToken.None))
        {
            await connection.CloseInputAsync(CancellationToken.None);
            await foreach (var chunk in connection.ReadOutputAsync(CancellationToken.None))
            {
                output.Append(System.Text.Encoding.UTF8.GetString(chunk.Data.Span));
            }
        }

        var info = await WaitForExecAsync(exec);
        return (info.ExitCode ?? -1, output.ToString());
    }

    public async Task<ExecInfo> WaitForExecAsync(string exec)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var info = await Engine.InspectExecAsync(exec, timeout.Token);
            if (!info.Running && info.ExitCode is not null)
            {
                return info;
            }

            await Task.Delay(20, timeout.Token);
        }
    }

    public async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan timeout)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (true)
        {
            var value = await read();
            if (done(value) || DateTimeOffset.UtcNow > deadline)
            {
                return value;
            }

            await Task.Delay(50);
        }
    }

    /// <summary>What <c>down -v</c> does: every container of the project removed (forced), then its networks and volumes.</summary>
    public async Task DownAsync()
    {
        var filter = LabelFilter.Of("com.docker.compose.project", Project);
        var snapshot = await Engine.SnapshotAsync(filter, CancellationToken.None);
        await Task.WhenAll(snapshot.Containers.Select(c => Engine.RemoveContainerAsync(c.Id, new ContainerRemoveOptions(Force: true, RemoveAnonymousVolumes: true), CancellationToken.None)));
        foreach (var network in snapshot.Networks)
        {
            await Engine.RemoveNetworkAsync(network.Id, CancellationToken.None);
        }

        foreach (var volume in await Engine.ListVolumesAsync(null, CancellationToken.None))
        {
            await Engine.RemoveVolumeAsync(volume.Name, force: true, CancellationToken.None);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await DownAsync();
        }
        catch (Exception e)
        {
            throw new InvalidOperationException($"down failed: {e.Message}\n{Diagnostics()}", e);
        }

        await NativeLeaks.AssertNoneAsync(this, _subnets);
        if (Directory.Exists(Root.RunDirectory))
        {
            Directory.Delete(Root.RunDirectory, recursive: true);
        }
    }

    /// <summary>The project's event log and supervisor log, for a failure's message.</summary>
    public string Diagnostics()
    {
        var folder = Path.Combine(Root.Projects, Project);
        return string.Join("\n", new[] { "events.jsonl", "supervisor.log" }.Select(f => Path.Combine(folder, f)).Where(File.Exists)
            .Select(f => $"--- {Path.GetFileName(f)}\n{File.ReadAllText(f)}"));
    }

    private static SupervisorCommand Supervisor()
    {
        var apphost = Path.Combine(AppContext.BaseDirectory, "composectl");
        return File.Exists(apphost)
            ? new SupervisorCommand(apphost, [])
            : new SupervisorCommand("dotnet", [Path.Combine(AppContext.BaseDirectory, "composectl.dll")]);
    }

    private static string? Probe()
    {
        if (NativeEngine.UnavailableReason(NativeTools.Debian) is { } reason)
        {
            return reason;
        }

        if (!File.Exists("/bin/busybox"))
        {
            return "/bin/busybox (Debian's busybox-static) is missing";
        }

        return File.ReadAllText("/proc/filesystems").Contains("overlay", StringComparison.Ordinal) ? null : "the kernel has no overlayfs";
    }

    internal static async Task<string> ShellAsync(string program, params string[] arguments) =>
        (await CliWrap.Cli.Wrap(program).WithArguments(arguments).WithValidation(CommandResultValidation.None).ExecuteBufferedAsync()).StandardOutput;
}
