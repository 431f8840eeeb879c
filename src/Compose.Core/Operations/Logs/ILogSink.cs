using Compose.Runtime;

namespace Compose.Operations.Logs;

/// <summary>
/// Where followed log lines go: the CLI prefixes, colours and prints them. Called from several streams at once; an
/// implementation writes each line whole.
/// </summary>
public interface ILogSink
{
    /// <summary>A container whose lines may follow (before its first one): the prefix width can grow for it.</summary>
    void Open(LogSource source);

    void Write(LogSource source, LogLine line);
}
