using System.Text.RegularExpressions;
using Compose.IntegrationTests.Infrastructure;

namespace Compose.IntegrationTests.Cli;

/// <summary>
/// Interactive <c>exec</c> and <c>run</c> at a real pseudo-terminal, as <c>docker exec -it</c> behaves: the local
/// terminal is raw while attached (each typed line echoed once, by the container's TTY; Ctrl+C a byte for the
/// container, not an interrupt of composectl), the window size follows SIGWINCH, the detach keys let go, and the
/// terminal's settings are the same afterwards. The shell line around composectl prints the settings before and after
/// (<c>stty -g</c>) and its exit code.
/// </summary>
public sealed partial class RawTerminalTests : IAsyncLifetime
{
    private const string Yaml = """
        services:
          box:
            image: busybox:latest
            init: true
            command: ["sleep", "3600"]
          dep:
            image: busybox:latest
            init: true
            command: ["sleep", "3600"]
          shell:
            image: busybox:latest
            depends_on: [dep]
            command: ["sh"]
          console:
            image: busybox:latest
            command: ["sh"]
            tty: true
            stdin_open: true
        """;

    private ComposeProject _project = null!;

    public async Task InitializeAsync() => _project = await ComposeProject.CreateAsync("rawtty", Yaml);

    public async Task DisposeAsync() => await _project.DisposeAsync();

    [DockerFact]
    public async Task Exec_shell_is_raw_echoes_once_takes_ctrl_c_follows_the_window_and_restores_the_terminal()
    {
        await _project.OkAsync("up", "-d", "box");
        await using var terminal = Start("exec box sh");
        await terminal.WaitForScreenAsync(s => s.Contains("/ # "), "the shell prompt");

        await TypeLineAsync(terminal, "echo hi", "\nhi\r\n");
        await InterruptSleepAsync(terminal);
        await ResizeAsync(terminal, rows: 33, columns: 111);

        await terminal.TypeAsync("exit 3\r");
        var exitCode = await terminal.WaitForExitAsync();

        exitCode.Should().Be(0, terminal.Screen);
        terminal.Screen.Should().Contain("composectl exited with 3", "the shell's exit code is composectl's");
        AssertSettingsRestored(terminal.Screen);
    }

    [DockerFact]
    public async Task Run_rm_finishes_the_progress_display_before_the_shell_and_is_raw()
    {
        await using var terminal = Start("run --rm shell");
        await terminal.WaitForScreenAsync(s => s.Contains("/ # "), "the shell prompt");
        var attach = terminal.Screen.IndexOf("BusyBox", StringComparison.Ordinal);

        await TypeLineAsync(terminal, "echo hi", "\nhi\r\n");
        await InterruptSleepAsync(terminal);
        await Task.Delay(TimeSpan.FromSeconds(1));
        await terminal.TypeAsync("exit 4\r");
        await terminal.WaitForExitAsync();

        var screen = terminal.Screen;
        attach.Should().BeGreaterThan(0, screen);
        var before = screen[..attach];
        var after = screen[attach..];
        before.Should().Contain("\u001b[?25l", "the live tree ran while the dependency started").And.Contain("Started");
        before.LastIndexOf("\u001b[?25h", StringComparison.Ordinal).Should().BeGreaterThan(before.LastIndexOf("\u001b[?25l", StringComparison.Ordinal), "the cursor is shown again before the shell");
        after.Should().NotContain("\u001b[?25l", "nothing hides the cursor once the shell has the terminal")
            .And.NotContain("\u001b[2K", "the progress display is not redrawn over the shell")
            .And.NotContain("[+] Running");
        screen.Should().Contain("composectl exited with 4");
        AssertSettingsRestored(screen);
        (await _project.ContainerIdsAsync(all: true)).Should().HaveCount(1, "--rm removed the one-off container, the dependency stays");
    }

    [DockerFact]
    public async Task Detach_keys_leave_the_exec_running_and_return_at_once()
    {
        await _project.OkAsync("up", "-d", "box");
        await using var terminal = Start("exec box sh");
        await terminal.WaitForScreenAsync(s => s.Contains("/ # "), "the shell prompt");

        await terminal.TypeAsync("\u0010\u0011");
        await terminal.WaitForScreenAsync(s => s.Contains("composectl exited with"), "composectl letting go on ctrl-p,ctrl-q");
        await terminal.WaitForExitAsync();

        terminal.Screen.Should().Contain("composectl exited with 0", "docker exits 0 when the user detaches");
        AssertSettingsRestored(terminal.Screen);
        var processes = await _project.OkAsync("exec", "-T", "box", "ps", "-o", "args");
        processes.Out.Should().MatchRegex(@"(?m)^sh\s*$", "the detached shell still runs in the container");
    }

    [DockerFact]
    public async Task Attach_with_its_own_detach_keys_is_raw_and_lets_go_of_a_running_container()
    {
        await _project.OkAsync("up", "-d", "console");
        await using var terminal = Start("attach --detach-keys ctrl-x,x console");
        // The shell printed its prompt before we attached: an empty line brings a new one once the session is up.
        await terminal.TypeAsync("\r");
        await terminal.WaitForScreenAsync(s => s.Contains("/ # "), "the shell prompt");

        await TypeLineAsync(terminal, "echo hi", "\nhi\r\n");
        // docker's default keys are not the session's: they reach the shell (Ctrl+C then clears what they did to its line).
        await terminal.TypeAsync("\u0010\u0011\u0003");
        await TypeLineAsync(terminal, "echo still", "\nstill\r\n");
        await terminal.TypeAsync("\u0018x");
        await terminal.WaitForScreenAsync(s => s.Contains("composectl exited with"), "composectl letting go on ctrl-x,x");
        await terminal.WaitForExitAsync();

        terminal.Screen.Should().Contain("composectl exited with 0", "the container runs on");
        AssertSettingsRestored(terminal.Screen);
        var state = await _project.OkAsync("ps", "--format", "{{.State}}", "console");
        state.Out.Trim().Should().Be("running", "detaching leaves the container running");
    }

    private TerminalSession Start(string arguments) =>
        TerminalSession.Start(
            _project.Directory,
            Engine.Variables,
            $"echo \"PTS:$(tty) BEFORE:$(stty -g)\"; {TerminalSession.Executable} -p {_project.Name} {arguments}; "
            + "echo \"composectl exited with $?\"; echo \"AFTER:$(stty -g)\"");

    /// <summary>Types a command line and waits for its output; the line must show once (the container's echo only).</summary>
    private static async Task TypeLineAsync(TerminalSession terminal, string line, string output)
    {
        await terminal.TypeAsync(line + "\r");
        await terminal.WaitForScreenAsync(s => s.Contains(output), $"the output of '{line}'");
        Regex.Matches(terminal.Screen, Regex.Escape(line)).Should().HaveCount(1, $"'{line}' is echoed once, not by composectl too:\n{terminal.Screen}");
    }

    /// <summary>Ctrl+C ends a <c>sleep 30</c> in the container (exit 130) and the session goes on.</summary>
    private static async Task InterruptSleepAsync(TerminalSession terminal)
    {
        await terminal.TypeAsync("sleep 30\r");
        await terminal.WaitForScreenAsync(s => s.Contains("sleep 30\r\n"), "the sleep being typed");
        await Task.Delay(TimeSpan.FromMilliseconds(700));
        await terminal.TypeAsync("\u0003");
        await terminal.TypeAsync("echo \"sleep=$?\"\r");
        await terminal.WaitForScreenAsync(s => s.Contains("sleep=130"), "the sleep ended by Ctrl+C (130) with the shell still attached");
        terminal.Screen.Should().NotContain("Interrupted", "Ctrl+C goes to the container, not to composectl");
    }

    /// <summary>Resizes the pseudo-terminal from outside (the kernel sends SIGWINCH); the container's TTY follows.</summary>
    private static async Task ResizeAsync(TerminalSession terminal, int rows, int columns)
    {
        var pts = PtsPattern().Match(terminal.Screen).Groups[1].Value;
        await TerminalSession.SetSizeAsync(pts, rows, columns);
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        await terminal.TypeAsync("stty size\r");
        await terminal.WaitForScreenAsync(s => s.Contains($"{rows} {columns}\r\n"), $"the container's TTY at {rows}x{columns}");
    }

    private static void AssertSettingsRestored(string screen)
    {
        var before = BeforePattern().Match(screen).Groups[1].Value;
        var after = AfterPattern().Match(screen).Groups[1].Value;
        before.Should().NotBeEmpty(screen);
        after.Should().Be(before, "the terminal's settings are restored when the session ends");
    }

    [GeneratedRegex(@"PTS:(/dev/pts/\d+)")]
    private static partial Regex PtsPattern();

    [GeneratedRegex(@"BEFORE:(\S+)")]
    private static partial Regex BeforePattern();

    [GeneratedRegex(@"AFTER:(\S+)")]
    private static partial Regex AfterPattern();
}
