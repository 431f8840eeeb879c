using Compose.Cli;
using Compose.Cli.Rendering;
using Compose.Errors;

namespace Compose.Tests.Cli.Rendering;

public class ConsoleSettingsTests
{
    private static ConsoleSettings Resolve(string? ansi, string? progress, bool terminal, params (string Key, string Value)[] variables) =>
        ConsoleSettings.Resolve(ansi, progress, new CliEnvironment
        {
            Out = TextWriter.Null,
            Error = TextWriter.Null,
            WorkingDirectory = "/",
            Variables = variables.ToDictionary(v => v.Key, v => v.Value),
            OutIsTerminal = terminal,
            ErrorIsTerminal = terminal,
        });

    [Fact]
    public void Auto_means_the_live_tree_and_colours_on_a_terminal_and_plain_elsewhere()
    {
        Resolve(null, null, terminal: true).Should().Match<ConsoleSettings>(s => s.EffectiveProgress == ProgressMode.Tty && s.OutColors);
        Resolve(null, null, terminal: false).Should().Match<ConsoleSettings>(s => s.EffectiveProgress == ProgressMode.Plain && !s.OutColors);
    }

    [Fact]
    public void No_color_and_ansi_never_turn_colours_off_and_ansi_always_wins_over_no_color()
    {
        Resolve(null, null, true, ("NO_COLOR", "1")).OutColors.Should().BeFalse();
        Resolve("never", null, true).Should().Match<ConsoleSettings>(s => !s.OutColors && s.EffectiveProgress == ProgressMode.Plain);
        Resolve("always", null, false, ("NO_COLOR", "1")).OutColors.Should().BeTrue();
    }

    [Fact]
    public void Flags_win_over_compose_variables()
    {
        Resolve(null, null, true, ("COMPOSE_PROGRESS", "json"), ("COMPOSE_ANSI", "never")).Should()
            .Match<ConsoleSettings>(s => s.EffectiveProgress == ProgressMode.Json && s.Ansi == AnsiMode.Never);
        Resolve(null, "quiet", true, ("COMPOSE_PROGRESS", "json")).EffectiveProgress.Should().Be(ProgressMode.Quiet);
    }

    [Fact]
    public void Invalid_values_are_usage_errors()
    {
        var act = () => Resolve("sometimes", null, true);

        act.Should().Throw<UsageException>().WithMessage("*--ansi*never, always or auto*");
    }
}
