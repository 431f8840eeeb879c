using System.Diagnostics;
using Compose.IntegrationTests.Infrastructure;

namespace Compose.IntegrationTests.Cli;

/// <summary>
/// The published composectl run under a pseudo-terminal (util-linux <c>script</c>), as a person at a terminal runs
/// it: its stdin, stdout and stderr are a TTY; the test types into it and reads the screen's byte stream.
/// </summary>
public sealed class TerminalSession : IAsyncDisposable
{
    private readonly Process _process;
    private readonly LockedWriter _screen = new();
    private readonly Task _reader;

    private TerminalSession(Process process)
    {
        _process = process;
        _reader = Task.Run(ReadAsync);
    }

    /// <summary>The composectl executable the process tests run (the published build in CI: <see cref="ComposectlBinary"/>).</summary>
    public static string Executable => ComposectlBinary.Path;

    public string Screen => _screen.ToString();

    /// <summary>Runs <paramref name="shellCommand"/> (sh syntax) on a new pseudo-terminal in <paramref name="directory"/>.</summary>
    public static TerminalSession Start(string directory, IReadOnlyDictionary<string, string> variables, string shellCommand)
    {
        var start = new ProcessStartInfo("script")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = directory,
        };
        foreach (var argument in (string[])["-q", "-f", "-e", "-c", shellCommand, "/dev/null"])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["TERM"] = "xterm";
        foreach (var (key, value) in variables)
        {
            start.Environment[key] = value;
        }

        return new TerminalSession(Process.Start(start) ?? throw new InvalidOperationException("cannot start script"));
    }

    /// <summary>Sets the window size of the pseudo-terminal <paramref name="pts"/> from outside, as resizing a window does (the kernel sends SIGWINCH).</summary>
    public static async Task SetSizeAsync(string pts, int rows, int columns)
    {
        using var stty = Process.Start("stty", ["-F", pts, "rows", rows.ToString(System.Globalization.CultureInfo.InvariantCulture), "cols", columns.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await stty.WaitForExitAsync();
        stty.ExitCode.Should().Be(0, $"stty -F {pts} sets the window size");
    }

    public async Task TypeAsync(string text)
    {
        await _process.StandardInput.WriteAsync(text);
        await _process.StandardInput.FlushAsync();
    }

    public async Task WaitForScreenAsync(Func<string, bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!condition(Screen))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new Xunit.Sdk.XunitException($"the terminal never showed {what}; it showed:\n{Screen}");
            }

            await Task.Delay(50);
        }
    }

    public async Task<int> WaitForExitAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await _process.WaitForExitAsync(timeout.Token);
        await _reader;
        return _process.ExitCode;
    }

    private async Task ReadAsync()
    {
        var buffer = new char[1024];
        int read;
        while ((read = await _process.StandardOutput.ReadAsync(buffer)) > 0)
        {
            _screen.Write(buffer, 0, read);
        }
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
