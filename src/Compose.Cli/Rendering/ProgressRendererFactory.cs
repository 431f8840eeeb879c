using Compose.Execution;

namespace Compose.Cli.Rendering;

/// <summary>Chooses the progress renderer from <c>--progress</c>, else <c>COMPOSE_PROGRESS</c>.</summary>
public static class ProgressRendererFactory
{
    public static IProgressSink Create(string? requested, CliEnvironment environment)
    {
        var mode = requested ?? environment.Variables.GetValueOrDefault("COMPOSE_PROGRESS") ?? "auto";
        return mode switch
        {
            "quiet" => NullProgressSink.Instance,
            "auto" or "tty" or "plain" => new PlainProgressRenderer(environment.Error),
            _ => throw new UsageException($"invalid progress mode '{mode}': use auto, tty, plain or quiet."),
        };
    }
}
