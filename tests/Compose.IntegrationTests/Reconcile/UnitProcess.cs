using System.Diagnostics;
using Compose.IntegrationTests.Cli;

namespace Compose.IntegrationTests.Reconcile;

/// <summary>
/// A unit's ExecStart run as systemd runs it: its working directory and its Environment= variables, plus PATH (systemd
/// sets one). Two variables of this test run are passed on because they are the test host's, not the unit's business:
/// COMPOSECTL_RUNTIME_DIR (so the test's <c>reconcile status</c> reads the same status file) and DOTNET_ROOT (so a
/// JIT apphost finds its runtime). Stopped with SIGTERM, what <c>systemctl stop</c> sends when there is no ExecStop.
/// </summary>
internal sealed class UnitProcess : IAsyncDisposable
{
    private static readonly string[] PassedOn = ["PATH", "COMPOSECTL_RUNTIME_DIR", "DOTNET_ROOT"];

    private readonly Process _process;
    private readonly LockedWriter _error = new();

    private UnitProcess(Process process)
    {
        _process = process;
        _process.ErrorDataReceived += (_, e) => _error.WriteLine(e.Data);
        _process.OutputDataReceived += (_, e) => _error.WriteLine(e.Data);
        _process.BeginErrorReadLine();
        _process.BeginOutputReadLine();
    }

    /// <summary>What it printed (stdout and stderr, as the journal gets them).</summary>
    public string Error => _error.ToString();

    public static UnitProcess Start(IReadOnlyList<string> command, string workingDirectory, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(command[0]) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment.Clear();
        foreach (var name in PassedOn)
        {
            if (Environment.GetEnvironmentVariable(name) is { Length: > 0 } value)
            {
                start.Environment[name] = value;
            }
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        foreach (var argument in command.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        return new UnitProcess(Process.Start(start) ?? throw new InvalidOperationException($"cannot start {command[0]}"));
    }

    /// <summary>SIGTERM, then the exit code (at most 60 s).</summary>
    public async Task<int> StopAsync()
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
