namespace Compose.Cli;

/// <summary>A command line that parses but makes no sense (incompatible flags): exit code 2 with the usage line.</summary>
public sealed class UsageException(string message) : Exception(message);
