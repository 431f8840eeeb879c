using Compose.Operations.Logs;
using Compose.Runtime;

namespace Compose.Cli.Rendering;

/// <summary>Log lines to stdout as docker compose prints them (<see cref="LogPrefixer"/>), each line whole and flushed.</summary>
internal class PrefixedLogSink(LogPrefixer prefixer, TextWriter output) : ILogSink
{
    private readonly Lock _output = new();

    public void Open(LogSource source) => prefixer.Register(source.DisplayName);

    public void Write(LogSource source, LogLine line) => WriteLine(prefixer.Format(source.DisplayName, source.Service, line));

    protected void WriteLine(string text)
    {
        lock (_output)
        {
            output.WriteLine(text);
            output.Flush();
        }
    }
}
