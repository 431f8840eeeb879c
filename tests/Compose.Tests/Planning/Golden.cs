namespace Compose.Tests.Planning;

/// <summary>Golden plan texts are written inline as raw strings; this makes them line-ending neutral.</summary>
public static class Golden
{
    public static string Text(string text) => text.Replace("\r\n", "\n").TrimEnd('\n') + "\n";
}
