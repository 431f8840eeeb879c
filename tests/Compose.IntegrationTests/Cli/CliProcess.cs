using System.Diagnostics;

namespace Compose.IntegrationTests.Cli;

/// <summary>
/// The published composectl running as its own process, as a person runs it (<c>watch</c>, <c>up --watch</c>,
/// <c>attach</c>, <c>run</c>): the test reads its output and ends it with SIGINT, the signal Ctrl+C sends.
/// </summary>
public sealed class CliProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly LockedWriter _error = new();
    private readonly LockedWriter _out = new();

    private CliProcess(Process process)
    {
        _process = process;
        _process.ErrorDataReceived += (_, e) => _error.WriteLine(e.Data);
        _process.OutputDataReceived += (_, e) => _out.WriteLine(e.Data);
        _process.BeginErrorReadLine();
        _process.BeginOutputReadLine();
    }

    public string Error => _error.ToString();

    /// <summary>Whether SIGINT is ignored here (bit 2 of SigIgn in /proc/self/status): children inherit that through exec.</summary>
    private static bool InterruptIgnored()
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
        return line is not null && (Convert.ToUInt64(line["SigIgn:".Length..].Trim(), 16) & (1UL << 1)) != 0;
    }

    public string Output => _out.ToString();

    public static CliProcess Start(ComposeProject project, params string[] args)
    {
        if (InterruptIgnored())
        {
            throw new Xunit.Sdk.XunitException(
                "this test run ignores SIGINT (it was started as a background job of a shell without job control, or under trap '' INT), and a composectl started from it would too, so Ctrl+C could not reach it: run the tests in the foreground, or start the job after 'set -m'");
        }

        var start = new ProcessStartInfo(TerminalSession.Executable) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = project.Directory };
        foreach (var (key, value) in Infrastructure.Engine.Variables.Concat(project.Variables))
        {
            start.Environment[key] = value;
        }

        foreach (var argument in (string[])["-p", project.Name, "--progress", "plain", .. args])
        {
            start.ArgumentList.Add(argument);
        }

        return new CliProcess(Process.Start(start) ?? throw new InvalidOperationException("cannot start composectl"));
    }

    public Task WaitForErrorAsync(string text) => WaitForAsync(() => Error, text, "stderr");

    public Task WaitForOutputAsync(string text) => WaitForAsync(() => Output, text, "stdout");

    private async Task WaitForAsync(Func<string> read, string text, string stream)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!read().Contains(text, StringComparison.Ordinal))
        {
            if (_process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new Xunit.Sdk.XunitException($"composectl never printed '{text}' on {stream}; exited: {_process.HasExited}; stderr:\n{Error}");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Sends SIGINT and returns the exit code (at most 30 s).</summary>
    public async Task<int> InterruptAsync()
    {
        await SendInterruptAsync();
        return await WaitForExitAsync();
    }

    /// <summary>Sends SIGINT (what Ctrl+C sends) without waiting for the process to end.</summary>
    public async Task SendInterruptAsync()
    {
        using var kill = Process.Start("kill", ["-INT", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
    }

    /// <summary>The exit code, once the process has ended (at most 30 s).</summary>
    public async Task<int> WaitForExitAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
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
