using System.Collections.Immutable;
using Compose.Errors;
using Compose.Model;
using Compose.Runtime;
using Compose.Runtime.Errors;

namespace Compose.Execution;

/// <summary>
/// A service's lifecycle hooks, run as execs in its container: <c>post_start</c> once it has started (a hook that
/// fails fails the start, as in docker compose), <c>pre_stop</c> before it stops (a hook that fails is reported and
/// the stop goes on: a broken hook must not keep <c>down</c> from cleaning up).
/// </summary>
internal sealed class LifecycleHooks(IContainerRuntime runtime, IProgressSink progress)
{
    private const int OutputLines = 5;

    public async Task PostStartAsync(string containerId, string containerName, ImmutableArray<ServiceHook> hooks, CancellationToken cancellationToken)
    {
        foreach (var hook in hooks)
        {
            var (code, output) = await ContainerExec.RunAsync(runtime, containerId, ContainerExec.SpecOf(hook), cancellationToken).ConfigureAwait(false);
            if (code != 0)
            {
                throw new ComposeException($"container {containerName}: {Describe("post_start", hook, code, output)}");
            }
        }
    }

    public async Task PreStopAsync(string containerId, string containerName, ImmutableArray<ServiceHook> hooks, CancellationToken cancellationToken)
    {
        foreach (var hook in hooks)
        {
            string? failure;
            try
            {
                var (code, output) = await ContainerExec.RunAsync(runtime, containerId, ContainerExec.SpecOf(hook), cancellationToken).ConfigureAwait(false);
                failure = code == 0 ? null : Describe("pre_stop", hook, code, output);
            }
            catch (ContainerRuntimeException e)
            {
                failure = $"pre_stop hook '{Command(hook)}' could not run: {e.EngineMessage}";
            }

            if (failure is not null)
            {
                progress.Report(ProgressEvent.Warning("Container", containerName, "Hook failed") with { Detail = $"{failure}; stopping it anyway" });
            }
        }
    }

    private static string Describe(string kind, ServiceHook hook, int code, string output)
    {
        var lines = output.TrimEnd().Split('\n');
        var tail = output.Trim().Length == 0 ? " and printed nothing" : $"; its last output:\n  {string.Join("\n  ", lines[^Math.Min(OutputLines, lines.Length)..])}";
        return $"{kind} hook '{Command(hook)}' exited with code {code}{tail}";
    }

    private static string Command(ServiceHook hook) => string.Join(' ', hook.Command);
}
