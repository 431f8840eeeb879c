namespace Compose.Errors;

/// <summary>An error the user can act on: printed as its message, exit code 1, no stack trace.</summary>
public class ComposeException : Exception
{
    public ComposeException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
