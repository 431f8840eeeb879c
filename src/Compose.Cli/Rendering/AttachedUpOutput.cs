using Compose.Operations.Logs;
using Compose.Operations.Up;

namespace Compose.Cli.Rendering;

/// <summary>An attached <c>up</c>'s output: prefixed lines and exits on stdout, status lines on stderr.</summary>
internal sealed class AttachedUpOutput(LogPrefixer prefixer, ServiceColors colors, TextWriter output, TextWriter status) : PrefixedLogSink(prefixer, output), IAttachedOutput
{
    public void Notice(string text)
    {
        status.WriteLine(text);
        status.Flush();
    }

    public void Exited(LogSource source, int exitCode) => WriteLine($"{colors.Paint(source.Service, source.DisplayName)} exited with code {exitCode}");
}
