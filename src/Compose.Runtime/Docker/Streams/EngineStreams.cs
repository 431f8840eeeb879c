using System.Net.Http;
using Compose.Runtime.Errors;

namespace Compose.Runtime.Docker.Streams;

/// <summary>
/// Reading a long-lived answer can fail mid-way when the engine goes away (restart, crash): that surfaces as a
/// runtime error naming what was being read, never as a bare <see cref="IOException"/>.
/// </summary>
internal static class EngineStreams
{
    public static async ValueTask<OutputFrame?> ReadAsync(OutputFrameReader reader, string operation, string? resource, CancellationToken cancellationToken)
    {
        try
        {
            return await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (IsConnectionLoss(e, cancellationToken))
        {
            throw Lost(operation, resource, e);
        }
    }

    public static bool IsConnectionLoss(Exception e, CancellationToken cancellationToken) =>
        !cancellationToken.IsCancellationRequested && e is IOException or HttpIOException or HttpRequestException;

    public static ContainerRuntimeException Lost(string operation, string? resource, Exception e) =>
        new(operation, resource, $"the engine closed the stream ({ConnectionLoss.Describe(e)}); {ConnectionLoss.Advice}", e);
}
