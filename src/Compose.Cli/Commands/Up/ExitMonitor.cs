using Compose.Cli.Rendering;
using Compose.Runtime;

namespace Compose.Cli.Commands.Up;

/// <summary>
/// Watches the attached containers until all have exited: each exit is printed (<c>web-1 exited with code 0</c>)
/// and, with an abort mode, the first qualifying exit stops the stack. The exit code is the one of the
/// <c>--exit-code-from</c> service, else of the service whose exit caused the abort, as docker compose computes it.
/// Exits are awaited with the engine's wait call, a container restarted by its restart policy is watched again.
/// </summary>
internal sealed class ExitMonitor(CommandContext context, AttachSettings settings, ServiceColors colors, Func<Task> abort)
{
    private readonly Lock _gate = new();
    private string? _exitCodeFrom = settings.ExitCodeFrom;
    private int _exitCode;
    private Task? _aborting;

    public async Task<int> RunAsync(IReadOnlyList<(ContainerInfo Container, string DisplayName)> containers, CancellationToken cancellationToken)
    {
        await Task.WhenAll(containers.Select(c => WatchAsync(c.Container, c.DisplayName, cancellationToken))).ConfigureAwait(false);
        Task? aborting;
        lock (_gate)
        {
            aborting = _aborting;
        }

        if (aborting is not null)
        {
            await aborting.ConfigureAwait(false);
        }

        return _exitCode;
    }

    private async Task WatchAsync(ContainerInfo container, string displayName, CancellationToken cancellationToken)
    {
        var condition = WaitCondition.NotRunning;
        while (true)
        {
            var exit = await context.Runtime.WaitContainerAsync(container.Id, condition, cancellationToken).ConfigureAwait(false);
            if (!IsAborting)
            {
                // Exits caused by the abort's own stop are not news.
                await context.Out.WriteLineAsync($"{colors.Paint(ServiceOf(container), displayName)} exited with code {exit.ExitCode}").ConfigureAwait(false);
            }

            OnExit(ServiceOf(container), exit.ExitCode);
            var state = (await context.Runtime.InspectContainerAsync(container.Id, cancellationToken).ConfigureAwait(false)).Summary.State;
            if (state is not (ContainerState.Running or ContainerState.Restarting) || IsAborting)
            {
                return;
            }

            // Restarted by its restart policy: the next exit counts too.
            condition = WaitCondition.NextExit;
        }
    }

    private bool IsAborting
    {
        get
        {
            lock (_gate)
            {
                return _aborting is not null;
            }
        }
    }

    private void OnExit(string service, int code)
    {
        lock (_gate)
        {
            var triggers = settings.Abort == AbortMode.OnExit || (settings.Abort == AbortMode.OnFailure && code != 0);
            if (triggers)
            {
                _exitCodeFrom ??= service;
                _aborting ??= Task.Run(abort);
            }

            if (_exitCodeFrom == service)
            {
                _exitCode = code;
            }
        }
    }

    private static string ServiceOf(ContainerInfo container) => container.Label(Compose.Planning.ComposeLabels.Service) ?? container.Name;
}
