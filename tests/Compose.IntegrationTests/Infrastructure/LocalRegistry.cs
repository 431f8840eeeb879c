using System.Diagnostics;
using System.Net.Http;

namespace Compose.IntegrationTests.Infrastructure;

/// <summary>
/// A throwaway image registry (Debian's <c>docker-registry</c>) on 127.0.0.1 with its own storage, optionally
/// requiring a user and password (htpasswd). The engine treats loopback registries as insecure-allowed, so no TLS.
/// Installs the package with apt when it is missing, so a fresh machine needs no manual step.
/// </summary>
public sealed class LocalRegistry : IAsyncDisposable
{
    private const string Binary = "/usr/bin/docker-registry";
    private static readonly SemaphoreSlim InstallLock = new(1, 1);

    private readonly Process _process;
    private readonly string _directory;
    private readonly System.Text.StringBuilder _errors = new();

    private LocalRegistry(Process process, string directory, int port)
    {
        _process = process;
        _directory = directory;
        Address = $"127.0.0.1:{port}";
    }

    /// <summary><c>127.0.0.1:PORT</c>, the registry part of image references pushed here.</summary>
    public string Address { get; }

    public static async Task<LocalRegistry> StartAsync(string? user = null, string? password = null)
    {
        await EnsureInstalledAsync();
        var directory = TestTemp.Directory("composectl-registry-");
        var port = TestNames.FreeLoopbackPort();
        var auth = "";
        if (user is not null)
        {
            var hash = await RunAsync("htpasswd", "-Bbn", user, password ?? "");
            await File.WriteAllTextAsync(Path.Combine(directory, "htpasswd"), hash);
            auth = $"auth:\n  htpasswd:\n    realm: composectl-test\n    path: {Path.Combine(directory, "htpasswd")}\n";
        }

        await File.WriteAllTextAsync(Path.Combine(directory, "config.yml"),
            $"version: 0.1\nlog:\n  level: error\n  accesslog:\n    disabled: true\nstorage:\n  filesystem:\n    rootdirectory: {Path.Combine(directory, "storage")}\n  delete:\n    enabled: true\nhttp:\n  addr: 127.0.0.1:{port}\n{auth}");
        var start = new ProcessStartInfo(Binary) { RedirectStandardOutput = true, RedirectStandardError = true, ArgumentList = { "serve", Path.Combine(directory, "config.yml") } };
        var process = Process.Start(start) ?? throw new InvalidOperationException("docker-registry did not start");
        var registry = new LocalRegistry(process, directory, port);
        // Drain both pipes: a full pipe would block the registry mid-request.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { lock (registry._errors) { registry._errors.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await registry.WaitUntilServingAsync();
        return registry;
    }

    private async Task WaitUntilServingAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"docker-registry exited: {_errors}");
            }

            try
            {
                using var response = await http.GetAsync($"http://{Address}/v2/");
                return;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException($"docker-registry did not answer on {Address}");
    }

    private static async Task EnsureInstalledAsync()
    {
        await InstallLock.WaitAsync();
        try
        {
            if (File.Exists(Binary) && File.Exists("/usr/bin/htpasswd"))
            {
                return;
            }

            string[] install = ["apt-get", "install", "-y", "-q", "--no-install-recommends", "docker-registry", "apache2-utils"];
            if ((await TryRunAsync(install)).ExitCode != 0)
            {
                await RunAsync("apt-get", "update", "-q");
                await RunAsync(install);
            }
        }
        finally
        {
            InstallLock.Release();
        }
    }

    private static async Task<string> RunAsync(params string[] command)
    {
        var (exitCode, output, error) = await TryRunAsync(command);
        return exitCode == 0 ? output : throw new InvalidOperationException($"{string.Join(' ', command)} failed ({exitCode}): {error}");
    }

    private static async Task<(int ExitCode, string Output, string Error)> TryRunAsync(params string[] command)
    {
        var start = new ProcessStartInfo(command[0]) { RedirectStandardOutput = true, RedirectStandardError = true, Environment = { ["DEBIAN_FRONTEND"] = "noninteractive" } };
        foreach (var argument in command.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {command[0]}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(_directory, recursive: true);
    }
}
