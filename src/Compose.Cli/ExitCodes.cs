namespace Compose.Cli;

/// <summary>The exit codes composectl uses (same meanings as docker compose where it has one).</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>A compose or engine error the user can act on (bad file, missing image, port taken).</summary>
    public const int Failure = 1;

    /// <summary>Bad command line: unknown flag, missing argument, incompatible flags.</summary>
    public const int Usage = 2;

    /// <summary>A bug in composectl (an unexpected exception).</summary>
    public const int Internal = 70;

    /// <summary>Interrupted with Ctrl+C (128 + SIGINT).</summary>
    public const int Interrupted = 130;
}
