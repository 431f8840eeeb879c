using Compose.Model;
using Compose.Runtime;

namespace Compose.Planning;

/// <summary>
/// What a service asks of the driver that not every driver has, refused at planning time with the driver's name and
/// the way out (<c>the native runtime cannot mount another container's volumes: …</c>), before any engine call.
/// </summary>
internal static class CapabilityCheck
{
    public static void RequireFor(Project project, IEnumerable<string> services, RuntimeCapabilities capabilities)
    {
        foreach (var service in services.Select(n => project.Services[n]))
        {
            if (!service.VolumesFrom.IsDefaultOrEmpty)
            {
                capabilities.Require(capabilities.VolumesFrom, $"mount another container's volumes (services.{service.Name}.volumes_from)", "declare the volume in both services, or use --runtime docker");
            }

            if (!service.ExternalLinks.IsDefaultOrEmpty)
            {
                capabilities.Require(capabilities.Links, $"link containers outside the project (services.{service.Name}.external_links)", "put them on a shared network, or use --runtime docker");
            }
        }
    }
}
