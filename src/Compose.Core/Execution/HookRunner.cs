using Compose.Errors;
using Compose.Model;
using Compose.Planning.Steps;
using Compose.Runtime;
using Compose.Runtime.Errors;

namespace Compose.Execution;

/// <summary>
/// Carries out a <see cref="RunHookStep"/>: the hook as an exec in its container. A failure fails the step when the
/// planner says so (<c>post_start</c>), else it is reported as a warning and the plan goes on (<c>pre_stop</c>).
/// </summary>
internal sealed class HookRunner(IContainerRuntime runtime, IProgressSink progress)
{
    private const int OutputLines = 5;

    public async Task RunAsync(RunHookStep step, string containerId, CancellationToken cancellationToken)
    {
        string? failure;
        try
        {
            var (code, output) = await ContainerExec.RunAsync(runtime, containerId, ContainerExec.SpecOf(step.Hook), cancellationToken).ConfigureAwait(false);
            failure = code == 0 ? null : Describe(step, code, output);
        }
        catch (ContainerRuntimeException e) when (!step.FailOnError)
        {
            failure = $"{step.Kind} hook '{Command(step.Hook)}' could not run: {e.EngineMessage}";
        }

        if (failure is null)
        {
            return;
        }

        if (step.FailOnError)
        {
            throw new ComposeException($"container {step.Container.Name}: {failure}");
        }

        progress.Report(ProgressEvent.Warning("Container", step.Container.Name, "Hook failed") with { Detail = $"{failure}; stopping it anyway" });
    }

    private static string Describe(RunHookStep step, int code, string output)
    {
        var lines = output.TrimEnd().Split('\n');
        var tail = output.Trim().Length == 0 ? " and printed nothing" : $"; its last output:\n  {string.Join("\n  ", lines[^Math.Min(OutputLines, lines.Length)..])}";
        return $"{step.Kind} hook '{Command(step.Hook)}' exited with code {code}{tail}";
    }

    private static string Command(ServiceHook hook) => string.Join(' ', hook.Command);
}
