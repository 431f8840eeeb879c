using Compose.Execution;

namespace Compose.Cli.Rendering;

/// <summary>Chooses the progress renderer from the resolved <see cref="ConsoleSettings"/>.</summary>
public static class ProgressRendererFactory
{
    public static IProgressSink Create(ConsoleSettings settings, CliEnvironment environment)
    {
        var writer = settings.StatusToStdout ? environment.Out : environment.Error;
        return settings.EffectiveProgress switch
        {
            ProgressMode.Quiet => new QuietProgressRenderer(writer),
            ProgressMode.Json => new JsonProgressRenderer(writer, environment.Time),
            ProgressMode.Tty => new TtyProgressRenderer(writer, environment.Time, () => environment.Terminal.Size ?? (80, 24), settings.ProgressColors),
            _ => new PlainProgressRenderer(writer),
        };
    }
}
