using Microsoft.Extensions.Hosting;

namespace Compose.Cli.Commands.Reconcile;

/// <summary>
/// The host's lifetime outside systemd: the command owns the signals (Ctrl+C and SIGTERM cancel its token, which
/// stops the host), so the host neither registers handlers of its own nor prints "Application started".
/// </summary>
internal sealed class CommandLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
