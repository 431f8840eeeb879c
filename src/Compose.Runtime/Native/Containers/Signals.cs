using System.Globalization;

namespace Compose.Runtime.Native.Containers;

/// <summary>Signal names and numbers as <c>kill -s</c> and the engine's events use them (<c>TERM</c>, <c>SIGTERM</c> and <c>15</c> are one signal).</summary>
internal static class Signals
{
    private static readonly string[] Names =
    [
        "", "SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT", "SIGBUS", "SIGFPE", "SIGKILL", "SIGUSR1", "SIGSEGV",
        "SIGUSR2", "SIGPIPE", "SIGALRM", "SIGTERM", "SIGSTKFLT", "SIGCHLD", "SIGCONT", "SIGSTOP", "SIGTSTP", "SIGTTIN", "SIGTTOU",
        "SIGURG", "SIGXCPU", "SIGXFSZ", "SIGVTALRM", "SIGPROF", "SIGWINCH", "SIGIO", "SIGPWR", "SIGSYS",
    ];

    public static string Normalize(string signal)
    {
        var upper = signal.Trim().ToUpperInvariant();
        if (int.TryParse(upper, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number > 0 && number < Names.Length ? Names[number] : upper;
        }

        return upper.StartsWith("SIG", StringComparison.Ordinal) ? upper : "SIG" + upper;
    }

    public static string Number(string signal)
    {
        var index = Array.IndexOf(Names, Normalize(signal));
        return index > 0 ? index.ToString(CultureInfo.InvariantCulture) : signal;
    }
}
