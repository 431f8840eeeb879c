namespace Compose.Loading.Interpolation;

/// <summary>A <c>${VAR:?message}</c> whose variable is missing; the caller adds the location.</summary>
public sealed class RequiredVariableException(string variable, string message) : Exception(message)
{
    public string Variable { get; } = variable;
}
