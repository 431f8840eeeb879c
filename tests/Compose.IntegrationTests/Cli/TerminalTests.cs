using Compose.IntegrationTests.Infrastructure;

namespace Compose.IntegrationTests.Cli;

/// <summary>composectl at a real (pseudo-)terminal: the live progress tree, and an interactive exec session.</summary>
public sealed class TerminalTests : IAsyncLifetime
{
    private const string Yaml = """
        services:
          box:
            image: busybox:latest
            init: true
            command: ["sleep", "3600"]
          helper:
            image: busybox:latest
            init: true
            command: ["sleep", "3600"]
        """;

    private ComposeProject _project = null!;

    public async Task InitializeAsync() => _project = await ComposeProject.CreateAsync("tty", Yaml);

    public async Task DisposeAsync() => await _project.DisposeAsync();

    private TerminalSession Start(string arguments) =>
        TerminalSession.Start(_project.Directory, Engine.Variables, $"{TerminalSession.Executable} -p {_project.Name} {arguments}");

    [DockerFact]
    public async Task Up_on_a_terminal_draws_the_live_tree_in_place()
    {
        await using var terminal = Start("up -d");

        var exitCode = await terminal.WaitForExitAsync();

        exitCode.Should().Be(0, terminal.Screen);
        var screen = terminal.Screen;
        screen.Should().Contain("\u001b[?25l", "the cursor is hidden while the tree is live");
        screen.Should().Contain("\u001b[2K", "lines are cleared and redrawn in place");
        screen.Should().MatchRegex(@"\u001b\[\d+A", "the cursor moves back up over the tree to redraw it");
        screen.Should().Contain("[+] Running 3/3");
        // The elapsed time is faint (an SGR code before it).
        screen.Should().MatchRegex($@"✔.* Container {_project.Name}-box-1 +Started +(\u001b\[2m)?\d+\.\ds");
        screen.Should().MatchRegex($@"✔.* Network {_project.Name}_default +Created");
        (await _project.ContainerIdsAsync()).Should().HaveCount(2);
    }

    [DockerFact]
    public async Task Exec_on_a_terminal_is_an_interactive_tty_session_whose_exit_code_comes_back()
    {
        await _project.OkAsync("up", "-d");
        await using var terminal = Start("exec box sh; echo \"composectl exited with $?\"");

        await terminal.WaitForScreenAsync(s => s.Contains("# "), "the shell prompt");
        await terminal.TypeAsync("tty; echo $((6 * 7))\r");
        await terminal.WaitForScreenAsync(s => s.Contains("42"), "the shell's answer");
        await terminal.TypeAsync("exit 5\r");
        await terminal.WaitForExitAsync();

        terminal.Screen.Should().MatchRegex(@"/dev/pts/\d+", "the command runs on a TTY in the container");
        terminal.Screen.Should().Contain("composectl exited with 5");
    }
}
