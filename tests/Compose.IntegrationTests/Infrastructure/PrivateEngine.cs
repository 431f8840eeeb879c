using CliWrap;
using CliWrap.Buffered;
using Shell = CliWrap.Cli;
using Compose.Runtime.Docker;

namespace Compose.IntegrationTests.Infrastructure;

/// <summary>
/// A dockerd the test owns, to kill, freeze and restart without touching the shared engine: its own network namespace
/// (entered with <c>nsenter --net</c>, not <c>ip netns exec</c>, which remounts /sys and hides the cgroup mounts), data
/// root, exec root (where it keeps its own containerd), pidfile, unix socket and cgroup parent, as scripts/swarm makes
/// its nodes. busybox:latest is copied in from the shared engine (<c>docker save | docker load</c>). Use it as a class
/// fixture (<c>IClassFixture&lt;PrivateEngine&gt;</c>): it starts in a few seconds, and disposing it removes everything
/// it made (daemon, containerd and shims, namespace, mounts, directories, cgroups).
/// </summary>
public sealed class PrivateEngine : IAsyncLifetime
{
    private static int _instances;
    private readonly string _name = $"cpe{Environment.ProcessId % 100000}x{Interlocked.Increment(ref _instances)}";
    private CommandTask<CommandResult>? _daemon;

    /// <summary>Why no private engine can be started here (not root, a tool missing); null when one can.</summary>
    public static string? UnavailableReason { get; } = FindUnavailableReason();

    private string Namespace => _name;

    private string RunDirectory => $"/run/{_name}";

    private string DataRoot => $"/var/lib/{_name}";

    private string Socket => $"{RunDirectory}/docker.sock";

    private string CgroupParent => $"{_name}-containers";

    /// <summary>DOCKER_HOST for this engine.</summary>
    public string Host => $"unix://{Socket}";

    /// <summary>The variables that point composectl (EngineCli) at this engine instead of the shared one.</summary>
    public IReadOnlyDictionary<string, string> Variables => new Dictionary<string, string> { ["DOCKER_HOST"] = Host };

    /// <summary>The running dockerd's process id (from its pidfile).</summary>
    public int DaemonPid { get; private set; }

    /// <summary>How long the last start took until the engine answered, for the reports in docs/reliability.md.</summary>
    public TimeSpan LastStartTime { get; private set; }

    /// <summary>Why the tests on a private engine are skipped here (<see cref="PrivateEngineFactAttribute"/>); null when they run.</summary>
    public static string? SkipReason =>
        !Engine.IsRequired && (Engine.UnavailableReason ?? UnavailableReason) is { } reason
            ? $"No private engine: {reason}. Run scripts/bootstrap as root (CI sets COMPOSE_TEST_REQUIRE_DOCKER=1 and fails instead)."
            : Engine.UnavailableReason is null && Engine.IsPodman
                ? "The private-engine tests run in the Docker pass (the private engine is a dockerd of its own)."
                : null;

    public async Task InitializeAsync()
    {
        // The fixture is made even when its tests are skipped: then it makes nothing.
        if (SkipReason is not null)
        {
            return;
        }

        if (UnavailableReason is { } reason)
        {
            throw new InvalidOperationException($"no private engine can run here: {reason}");
        }

        await RemoveLeftoversAsync();
        await RunAsync("ip", "netns", "add", Namespace);
        await RunAsync("ip", "-n", Namespace, "link", "set", "lo", "up");
        Directory.CreateDirectory(RunDirectory);
        Directory.CreateDirectory(DataRoot);
        await StartAsync();
        await CopyImageAsync("busybox:latest");
    }

    /// <summary>Starts dockerd on the same data root (after <see cref="KillAsync"/> or <see cref="StopAsync"/>) and waits until it answers.</summary>
    public async Task StartAsync()
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        File.Delete($"{RunDirectory}/docker.pid");
        await WaitForKilledContainerdAsync();
        _daemon = Shell.Wrap("nsenter")
            .WithArguments([
                $"--net=/run/netns/{Namespace}", "dockerd",
                "--data-root", DataRoot, "--exec-root", $"{RunDirectory}/exec", "--pidfile", $"{RunDirectory}/docker.pid",
                "--host", Host, "--cgroup-parent", CgroupParent, "--bridge", "none", "--userland-proxy=false", "--log-level", "warn",
            ])
            .WithStandardOutputPipe(PipeTarget.ToFile($"{RunDirectory}/dockerd.out"))
            .WithStandardErrorPipe(PipeTarget.ToFile($"{RunDirectory}/dockerd.log"))
            .WithValidation(CommandResultValidation.None)
            .ExecuteAsync();
        await WaitUntilAnswersAsync();
        DaemonPid = int.Parse((await File.ReadAllTextAsync($"{RunDirectory}/docker.pid")).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        LastStartTime = started.Elapsed;
    }

    /// <summary><c>kill -9</c> of dockerd alone, as a crash: its containerd and the containers' shims live on.</summary>
    public Task KillAsync() => SignalAndWaitAsync("KILL");

    /// <summary>A graceful stop (SIGTERM), as <c>systemctl restart docker</c> does before it starts it again.</summary>
    public Task StopAsync() => SignalAndWaitAsync("TERM");

    /// <summary>SIGSTOP: the engine keeps its socket and accepts connections, and answers nothing until <see cref="ThawAsync"/>.</summary>
    public Task FreezeAsync() => RunAsync("kill", "-STOP", DaemonPid.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public Task ThawAsync() => RunAsync("kill", "-CONT", DaemonPid.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The docker CLI against this engine.</summary>
    public Task<BufferedCommandResult> DockerAsync(params string[] args) =>
        Shell.Wrap("docker").WithArguments(args).WithEnvironmentVariables(e => e.Set("DOCKER_HOST", Host))
            .WithValidation(CommandResultValidation.None).ExecuteBufferedAsync();

    /// <summary>Our runtime library against this engine, for observing what it holds.</summary>
    public DockerRuntime CreateRuntime() => new(DockerEndpoint.Parse(Host));

    /// <summary>The daemon's log (warnings and errors), for a failing test's message.</summary>
    public string Log() => File.Exists($"{RunDirectory}/dockerd.log") ? File.ReadAllText($"{RunDirectory}/dockerd.log") : "";

    private async Task SignalAndWaitAsync(string signal)
    {
        if (_daemon is null)
        {
            return;
        }

        if (!_daemon.Task.IsCompleted)
        {
            await RunAsync("kill", $"-{signal}", DaemonPid.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        await _daemon;
        _daemon = null;
    }

    /// <summary>
    /// A killed dockerd takes its containerd with it (SIGKILL on its parent's death), which stays a zombie until it is
    /// reaped (1.5 s measured here). A dockerd started meanwhile finds its pid alive, waits for its socket and gives up
    /// ("timeout waiting for containerd to start"); on a host, systemd reaps at once. So wait for it, and past 10 s
    /// forget it (its pidfile), as a host would have.
    /// </summary>
    private async Task WaitForKilledContainerdAsync()
    {
        var pidfile = $"{RunDirectory}/exec/containerd/containerd.pid";
        if (!File.Exists(pidfile) || !int.TryParse((await File.ReadAllTextAsync(pidfile)).Trim(), out var pid))
        {
            return;
        }

        for (var attempt = 0; attempt < 100 && Directory.Exists($"/proc/{pid}") && IsZombie(pid); attempt++)
        {
            await Task.Delay(100);
        }

        if (Directory.Exists($"/proc/{pid}") && IsZombie(pid))
        {
            File.Delete(pidfile);
        }
    }

    private static bool IsZombie(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].StartsWith('Z');
        }
        catch (IOException)
        {
            return false;
        }
    }

    private async Task WaitUntilAnswersAsync()
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            if (_daemon!.Task.IsCompleted)
            {
                throw new InvalidOperationException($"dockerd exited as it started; its log:\n{Tail(Log())}");
            }

            if (File.Exists(Socket) && (await DockerAsync("version", "--format", "{{.Server.Version}}")).ExitCode == 0)
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException($"dockerd did not answer within 60 s; its log:\n{Tail(Log())}");
    }

    private async Task CopyImageAsync(string image)
    {
        // From the shared engine the suite runs against (its DOCKER_HOST, when it has one) to this one.
        var copy = await Shell.Wrap("bash")
            .WithArguments(["-c", "set -o pipefail; docker save \"$1\" | DOCKER_HOST=\"$2\" docker load -q", "copy", image, Host])
            .WithEnvironmentVariables(e =>
            {
                foreach (var (key, value) in Engine.Variables.Where(v => v.Key.StartsWith("DOCKER_", StringComparison.Ordinal)))
                {
                    e.Set(key, value);
                }
            })
            .WithValidation(CommandResultValidation.None).ExecuteBufferedAsync();
        if (copy.ExitCode != 0)
        {
            throw new InvalidOperationException($"copying {image} into the private engine failed (exit {copy.ExitCode}): {copy.StandardError.Trim()} {copy.StandardOutput.Trim()}");
        }
    }

    public async Task DisposeAsync()
    {
        if (_daemon is { Task.IsCompleted: false })
        {
            await Shell.Wrap("kill").WithArguments(["-CONT", DaemonPid.ToString(System.Globalization.CultureInfo.InvariantCulture)])
                .WithValidation(CommandResultValidation.None).ExecuteAsync();
            // A graceful stop stops the containers and unmounts their layers; removing them first keeps it short.
            var ids = (await DockerAsync("ps", "-aq")).StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            if (ids.Length > 0)
            {
                await DockerAsync(["rm", "-f", .. ids]);
            }

            await StopAsync();
        }

        // Whatever happened before (a daemon that died on its own included), everything goes.
        await RemoveLeftoversAsync();
    }

    /// <summary>Everything a daemon of this name may have left, also after a test run that was killed: idempotent.</summary>
    private Task RemoveLeftoversAsync() => new PrivateEngineCleanup(Namespace, DataRoot, RunDirectory, CgroupParent).RunAsync();

    private static string Tail(string log) => string.Join('\n', log.Split('\n').TakeLast(30));

    private static async Task RunAsync(string program, params string[] args)
    {
        var result = await Shell.Wrap(program).WithArguments(args).WithValidation(CommandResultValidation.None).ExecuteBufferedAsync();
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} failed: {result.StandardError.Trim()}");
        }
    }

    private static string? FindUnavailableReason()
    {
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root")
        {
            return "a private dockerd needs root on Linux";
        }

        var path = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':');
        var missing = new[] { "dockerd", "docker", "nsenter", "ip", "findmnt" }.Where(tool => !path.Any(d => File.Exists(Path.Combine(d, tool)))).ToList();
        return missing.Count == 0 ? null : $"{string.Join(", ", missing)} not found";
    }
}
