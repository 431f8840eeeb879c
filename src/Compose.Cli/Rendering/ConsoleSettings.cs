using Compose.Errors;

namespace Compose.Cli.Rendering;

/// <summary>
/// How output looks, resolved once from the flags and the environment: <c>--ansi</c> else <c>COMPOSE_ANSI</c>,
/// <c>--progress</c> else <c>COMPOSE_PROGRESS</c>, <c>NO_COLOR</c>, <c>COMPOSE_STATUS_STDOUT</c>, and which streams
/// are terminals.
/// </summary>
public sealed record ConsoleSettings
{
    public AnsiMode Ansi { get; init; }
    public ProgressMode Progress { get; init; }

    /// <summary><c>NO_COLOR</c> is set (to anything non-empty): no colours unless <c>--ansi always</c>.</summary>
    public bool NoColor { get; init; }

    public bool OutIsTerminal { get; init; }
    public bool ErrorIsTerminal { get; init; }

    /// <summary><c>COMPOSE_STATUS_STDOUT</c>: progress goes to stdout instead of stderr.</summary>
    public bool StatusToStdout { get; init; }

    /// <summary>Whether data written to stdout (log prefixes, tables) may be coloured.</summary>
    public bool OutColors => ColorsOn(OutIsTerminal);

    /// <summary>Whether the progress stream may be coloured.</summary>
    public bool ProgressColors => ColorsOn(StatusToStdout ? OutIsTerminal : ErrorIsTerminal);

    /// <summary>The renderer to use once <c>auto</c> is decided.</summary>
    public ProgressMode EffectiveProgress => Progress switch
    {
        ProgressMode.Auto => (StatusToStdout ? OutIsTerminal : ErrorIsTerminal) && Ansi != AnsiMode.Never ? ProgressMode.Tty : ProgressMode.Plain,
        _ => Progress,
    };

    public static ConsoleSettings Resolve(string? ansiFlag, string? progressFlag, CliEnvironment environment)
    {
        var variables = environment.Variables;
        return new ConsoleSettings
        {
            Ansi = ParseAnsi(ansiFlag ?? variables.GetValueOrDefault("COMPOSE_ANSI")),
            Progress = ParseProgress(progressFlag ?? variables.GetValueOrDefault("COMPOSE_PROGRESS")),
            NoColor = variables.GetValueOrDefault("NO_COLOR") is { Length: > 0 },
            OutIsTerminal = environment.OutIsTerminal,
            ErrorIsTerminal = environment.ErrorIsTerminal,
            StatusToStdout = IsTrue(variables.GetValueOrDefault("COMPOSE_STATUS_STDOUT")),
        };
    }

    public static bool IsTrue(string? value) =>
        value is not null && (value == "1" || value.Equals("true", StringComparison.OrdinalIgnoreCase) || value.Equals("yes", StringComparison.OrdinalIgnoreCase));

    private bool ColorsOn(bool isTerminal) => Ansi switch
    {
        AnsiMode.Always => true,
        AnsiMode.Never => false,
        _ => isTerminal && !NoColor,
    };

    private static AnsiMode ParseAnsi(string? value) => value switch
    {
        null or "" or "auto" => AnsiMode.Auto,
        "never" => AnsiMode.Never,
        "always" => AnsiMode.Always,
        _ => throw new UsageException($"invalid --ansi value '{value}': use never, always or auto."),
    };

    private static ProgressMode ParseProgress(string? value) => value switch
    {
        null or "" or "auto" => ProgressMode.Auto,
        "tty" => ProgressMode.Tty,
        "plain" => ProgressMode.Plain,
        "json" => ProgressMode.Json,
        "quiet" => ProgressMode.Quiet,
        _ => throw new UsageException($"invalid --progress value '{value}': use auto, tty, plain, json or quiet."),
    };
}
