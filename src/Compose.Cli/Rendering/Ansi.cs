namespace Compose.Cli.Rendering;

/// <summary>The few ANSI escape sequences composectl writes.</summary>
public static class Ansi
{
    public const string Escape = "\u001b[";
    public const string Reset = "\u001b[0m";
    public const string ClearLine = "\u001b[2K";
    public const string HideCursor = "\u001b[?25l";
    public const string ShowCursor = "\u001b[?25h";

    public static string Wrap(string code, string text) => $"{Escape}{code}m{text}{Reset}";

    public static string Green(string text) => Wrap("32", text);

    public static string Red(string text) => Wrap("31", text);

    public static string Yellow(string text) => Wrap("33", text);

    public static string Blue(string text) => Wrap("34", text);

    public static string Faint(string text) => Wrap("2", text);

    public static string CursorUp(int lines) => $"{Escape}{lines}A";
}
