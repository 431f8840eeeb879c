namespace Compose.Runtime.Errors;

/// <summary>
/// The client configuration names an engine we cannot use: a malformed <c>DOCKER_HOST</c>, a Docker context that
/// does not exist, unreadable TLS material. Says which setting to fix.
/// </summary>
public sealed class EngineConfigurationException(string message, Exception? inner = null)
    : ContainerRuntimeException("configure engine", null, message, inner);
