using Compose.Model;

namespace Compose.Planning;

/// <summary>The image a service's containers run: <c>image:</c>, else the name compose gives a built image.</summary>
public static class ServiceImages
{
    /// <summary><c>image:</c> when set; else <c>&lt;project&gt;-&lt;service&gt;</c>, the name docker compose builds under.</summary>
    public static string ReferenceOf(Project project, Service service) => service.ImageName(project.Name);

    /// <summary>Whether the image is named by compose (built without <c>image:</c>): the ones <c>down --rmi local</c> removes.</summary>
    public static bool IsLocal(Service service) => service.Image is null;
}
