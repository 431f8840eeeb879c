namespace Compose.Runtime;

/// <summary>Which stream a piece of container output came from (a TTY container has only <see cref="Stdout"/>).</summary>
public enum OutputStream
{
    Stdin,
    Stdout,
    Stderr,
}
