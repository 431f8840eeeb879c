using Compose.Errors;

namespace Compose.Planning;

/// <summary>
/// An external network or volume whose <c>name:</c> came out empty (<c>name: ${UNSET}</c>) cannot be looked up:
/// refused before anything is created, as docker compose refuses it (<c>external volume "" not found</c>), rather
/// than guessing that the resource named by the key was meant.
/// </summary>
internal static class ExternalNames
{
    public static void RequireNamed(string section, string key, string name)
    {
        if (name.Length == 0)
        {
            throw new ComposeException(
                $"{section}.{key} is external but its name is empty (name: came out empty, most likely an unset variable); " +
                $"set the variable, or leave name: out to use the one named {key}.");
        }
    }
}
