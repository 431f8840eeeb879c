using System.Net;
using System.Text.Json;
using Compose.Runtime.Errors;

namespace Compose.Runtime.Docker;

/// <summary>The one place engine answers become typed exceptions.</summary>
internal static class DockerErrorMapper
{
    public static ContainerRuntimeException Map(HttpStatusCode status, string body, string operation, string? resource)
    {
        var message = ExtractMessage(body, status);
        return status switch
        {
            // Before the status: Podman answers a taken port at attach ("preparing container … for attach: cannot
            // listen on the TCP port") with a status that would otherwise read as a conflict.
            _ when message.Contains("port is already allocated", StringComparison.OrdinalIgnoreCase)
                || message.Contains("address already in use", StringComparison.OrdinalIgnoreCase)
                => new PortAlreadyAllocatedException(operation, resource, message),
            _ when IsStaleTaskMessage(message) => new StaleTaskException(operation, resource, message),
            HttpStatusCode.NotFound when IsImageMessage(message) => new ImageNotFoundException(operation, resource, message),
            HttpStatusCode.NotFound => new ResourceNotFoundException(operation, resource, message),
            HttpStatusCode.Conflict => new ResourceConflictException(operation, resource, message),
            // A network a container still uses: Docker answers 403, and it is a conflict like any resource in use.
            // Podman answers 500 "network is being used" for the same thing.
            _ when message.Contains("has active endpoints", StringComparison.OrdinalIgnoreCase)
                || message.Contains("network is being used", StringComparison.OrdinalIgnoreCase)
                => new ResourceConflictException(operation, resource, message),
            // Podman answers 500 where Docker answers 409 for a network name that is taken.
            _ when message.Contains("network already exists", StringComparison.OrdinalIgnoreCase)
                => new ResourceConflictException(operation, resource, message),
            // Podman answers 500 where Docker answers 409 for a container in the wrong state.
            _ when message.Contains("container state improper", StringComparison.OrdinalIgnoreCase)
                => new ResourceConflictException(operation, resource, message),
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden when message.Contains("auth", StringComparison.OrdinalIgnoreCase)
                => new RegistryUnauthorizedException(operation, resource, message),
            _ when IsUnauthorizedMessage(message) => new RegistryUnauthorizedException(operation, resource, message),
            _ => new ContainerRuntimeException(operation, resource, message),
        };
    }

    /// <summary>
    /// An error inside a 200 answer's progress stream (pull, push, build): the registry's words decide the type,
    /// since the HTTP status was already sent before the failure happened.
    /// </summary>
    public static ContainerRuntimeException MapStreamError(string message, string operation, string? resource, bool build)
    {
        message = message.Trim();
        if (IsUnauthorizedMessage(message))
        {
            return new RegistryUnauthorizedException(operation, resource, message);
        }

        if (build)
        {
            return new ImageBuildFailedException(operation, resource, message);
        }

        return IsImageMessage(message) || message.Contains("not found", StringComparison.OrdinalIgnoreCase)
            ? new ImageNotFoundException(operation, resource, message)
            : new ContainerRuntimeException(operation, resource, message);
    }

    /// <summary>
    /// A task left in containerd by an engine that died mid-start: <c>task 3be7…: already exists</c> (Docker 20.10),
    /// the bare <c>id already in use</c> it also answers (seen once in 6 start-time kills), or runc's <c>container with
    /// id exists</c> behind <c>OCI runtime create failed</c>.
    /// </summary>
    private static bool IsStaleTaskMessage(string message) =>
        (message.StartsWith("task ", StringComparison.OrdinalIgnoreCase) && message.EndsWith("already exists", StringComparison.OrdinalIgnoreCase))
        || message.Equals("id already in use", StringComparison.OrdinalIgnoreCase)
        || message.Contains("container with id exists", StringComparison.OrdinalIgnoreCase);

    private static bool IsUnauthorizedMessage(string message) =>
        message.Contains("unauthorized", StringComparison.OrdinalIgnoreCase)
        || message.Contains("authentication required", StringComparison.OrdinalIgnoreCase)
        || message.Contains("no basic auth credentials", StringComparison.OrdinalIgnoreCase)
        || message.Contains("denied: requested access", StringComparison.OrdinalIgnoreCase);

    private static bool IsImageMessage(string message) =>
        message.StartsWith("No such image", StringComparison.OrdinalIgnoreCase)
        || message.Contains("pull access denied", StringComparison.OrdinalIgnoreCase)
        || message.Contains("manifest unknown", StringComparison.OrdinalIgnoreCase);

    private static string ExtractMessage(string body, HttpStatusCode status)
    {
        if (!string.IsNullOrWhiteSpace(body))
        {
            try
            {
                using var document = JsonDocument.Parse(body);
                if (document.RootElement.ValueKind == JsonValueKind.Object
                    && document.RootElement.TryGetProperty("message", out var message)
                    && message.GetString() is { Length: > 0 } text)
                {
                    return text.Trim();
                }
            }
            catch (JsonException)
            {
                // Not JSON (a proxy or an old engine): the raw text is the best message we have.
            }

            return body.Trim();
        }

        return $"the engine answered {(int)status} {status}";
    }
}
