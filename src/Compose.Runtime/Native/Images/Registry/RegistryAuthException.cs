namespace Compose.Runtime.Native.Images.Registry;

/// <summary>Raised inside the registry client when authentication fails; the puller turns it into a <see cref="Errors.RegistryUnauthorizedException"/> naming the image.</summary>
internal sealed class RegistryAuthException(string message) : Exception(message);
