using System.Text;
using CliWrap;
using CliWrap.Buffered;
using Compose.Runtime.Native.Containers;
using Compose.Runtime.Native.State;

namespace Compose.Runtime.Native.Supervision;

/// <summary>Runs one health probe in a container with <c>runc exec</c>, ended at the check's timeout (30 s by default), as the engine reports it.</summary>
internal sealed class HealthProber(RuncClient runc, TimeProvider time)
{
    private const int KeptOutput = 4096;

    public async Task<HealthCheckResult> ProbeAsync(ContainerRecord record, HealthCheckSpec check, CancellationToken cancellationToken)
    {
        var start = time.GetUtcNow();
        var timeout = check.Timeout is { } t && t > TimeSpan.Zero ? t : TimeSpan.FromSeconds(30);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var call = runc.Call("probe the health of container", record.Id, ["exec", record.Id, .. HealthState.Command(check)]);
        try
        {
            var result = await Cli.Wrap(call.Program).WithArguments(call.Arguments).WithValidation(CommandResultValidation.None)
                .ExecuteBufferedAsync(Encoding.UTF8, Encoding.UTF8, CancellationToken.None, deadline.Token).ConfigureAwait(false);
            var output = result.StandardOutput + result.StandardError;
            return new HealthCheckResult(start, time.GetUtcNow(), result.ExitCode, output.Length > KeptOutput ? output[^KeptOutput..] : output);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new HealthCheckResult(start, time.GetUtcNow(), -1, $"Health check exceeded timeout ({timeout.TotalSeconds:0.###}s)");
        }
    }
}
