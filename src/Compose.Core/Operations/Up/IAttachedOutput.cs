using Compose.Operations.Logs;

namespace Compose.Operations.Up;

/// <summary>What an attached <c>up</c> shows: the attached services' lines, their exits, and what it is doing.</summary>
public interface IAttachedOutput : ILogSink
{
    /// <summary>A status line (<c>Attaching to web-1, db-1</c>, <c>Gracefully stopping...</c>).</summary>
    void Notice(string text);

    /// <summary>A watched container exited (<c>web-1 exited with code 0</c>), printed after its last lines.</summary>
    void Exited(LogSource source, int exitCode);
}
