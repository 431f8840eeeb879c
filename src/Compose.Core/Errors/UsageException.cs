namespace Compose.Errors;

/// <summary>
/// A command line that parses but makes no sense (incompatible flags, a malformed flag value): exit code 2 with the
/// usage line. Core throws it too, where a flag's value is read (<c>run -v</c>, <c>-l</c>, <c>-p</c>).
/// </summary>
public sealed class UsageException(string message) : Exception(message);
