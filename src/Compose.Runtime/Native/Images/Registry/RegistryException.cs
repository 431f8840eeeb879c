using System.Net;

namespace Compose.Runtime.Native.Images.Registry;

/// <summary>A distribution API error answer: the HTTP status and the first <c>errors[]</c> code and message.</summary>
internal sealed class RegistryException(HttpStatusCode status, string? code, string message) : Exception(message)
{
    public HttpStatusCode Status { get; } = status;

    public string? Code { get; } = code;
}
