using System.Net;
using Compose.Runtime.Errors;
using Compose.Runtime.Native.Images.Reference;

namespace Compose.Runtime.Native.Images.Registry;

/// <summary>
/// Turns what can go wrong in a pull into the runtime's errors, each naming the image and registry as the Docker
/// driver does (<c>pull image 127.0.0.1:5000/app:1 from registry 127.0.0.1:5000: manifest unknown: …</c>).
/// </summary>
internal static class PullErrorMapper
{
    public static async Task RunAsync(ImageName name, Func<Task> pull)
    {
        var resource = $"{name.Familiar} from registry {name.Domain}";
        try
        {
            await pull().ConfigureAwait(false);
        }
        catch (RegistryException e) when (e.Status == HttpStatusCode.NotFound)
        {
            throw new ImageNotFoundException("pull image", resource, $"manifest for {name.Familiar} not found: {e.Message}");
        }
        catch (RegistryException e) when (e.Status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            throw new RegistryUnauthorizedException("pull image", resource, e.Message);
        }
        catch (RegistryException e)
        {
            throw new ContainerRuntimeException("pull image", resource, e.Message, e);
        }
        catch (RegistryAuthException e)
        {
            throw new RegistryUnauthorizedException("pull image", resource, e.Message);
        }
        catch (HttpRequestException e)
        {
            throw new ContainerRuntimeException("pull image", resource, $"cannot reach the registry {name.Domain}: {e.Message}", e);
        }
        catch (InvalidDataException e)
        {
            throw new ContainerRuntimeException("pull image", resource, e.Message, e);
        }
    }
}
