using System.Net.Http;
using Compose.Runtime.Errors;

namespace Compose.Runtime.Docker.Streams;

/// <summary>
/// What went wrong on a connection the engine had accepted, in words of our own: .NET's text for these errors can be
/// a resource key (<c>net_http_invalid_response_premature_eof</c>) in a trimmed build, and says nothing of what to do.
/// So no framework message is ever shown: only the kind of failure, said here.
/// </summary>
internal static class ConnectionLoss
{
    public const string Advice = "the engine may have stopped or restarted; check that it runs ('docker info') and run the command again";

    /// <summary>The error for <paramref name="operation"/> when the engine broke off the connection it was answering on.</summary>
    public static ContainerRuntimeException During(string operation, string? resource, Exception e) =>
        new(operation, resource, $"{Describe(e)}; {Advice}", e);

    public static string Describe(Exception e) => RequestError(e) switch
    {
        HttpRequestError.ResponseEnded => "the engine closed the connection before its answer was complete",
        HttpRequestError.InvalidResponse => "the engine's answer was not valid HTTP",
        HttpRequestError.ConnectionError => "the connection to the engine broke",
        HttpRequestError.SecureConnectionError => "the TLS connection to the engine broke",
        HttpRequestError.ProxyTunnelError => "the proxy to the engine refused the connection",
        _ => "the connection to the engine broke",
    };

    private static HttpRequestError? RequestError(Exception e) => e switch
    {
        HttpIOException io => io.HttpRequestError,
        HttpRequestException request when request.HttpRequestError != HttpRequestError.Unknown => request.HttpRequestError,
        HttpRequestException { InnerException: HttpIOException io } => io.HttpRequestError,
        _ => null,
    };
}
