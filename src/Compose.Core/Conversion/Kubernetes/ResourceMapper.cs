using Compose.Model;
using k8s.Models;

namespace Compose.Conversion.Kubernetes;

/// <summary>
/// <c>deploy.resources</c> as the container's resources: limits as limits, reservations as requests, CPUs as cores
/// or millicores and memory in binary units. The service-level <c>cpus</c>, <c>mem_limit</c> and
/// <c>mem_reservation</c> stand in where <c>deploy</c> says nothing, as they do for the engine.
/// </summary>
public static class ResourceMapper
{
    public static V1ResourceRequirements? Map(ConversionContext context, Service service)
    {
        var limits = service.Deploy?.Resources?.Limits;
        var reservations = service.Deploy?.Resources?.Reservations;
        var path = $"services.{service.Name}.deploy.resources";
        if (limits?.Pids is not null)
        {
            context.Warn(WarningKinds.Unsupported, $"{path}.limits.pids", "a pids limit has no per-container mapping in Kubernetes (the node sets it); it is left out.");
        }

        foreach (var (side, devices) in new[] { ("limits", limits?.Devices ?? []), ("reservations", reservations?.Devices ?? []) }.Where(d => !d.Item2.IsEmpty))
        {
            context.Warn(WarningKinds.Device, $"{path}.{side}.devices", "device requests (GPUs) have no portable mapping; request the device plugin's resource (e.g. nvidia.com/gpu) in the manifest.");
        }

        var limit = Quantities(limits?.Cpus ?? service.Cpus, limits?.Memory ?? service.MemLimit);
        var request = Quantities(reservations?.Cpus, reservations?.Memory ?? service.MemReservation);
        return limit is null && request is null ? null : new V1ResourceRequirements { Limits = limit, Requests = request };
    }

    private static Dictionary<string, ResourceQuantity>? Quantities(decimal? cpus, long? memory)
    {
        var quantities = new Dictionary<string, ResourceQuantity>(StringComparer.Ordinal);
        if (cpus is > 0m and var cores)
        {
            quantities["cpu"] = KubeValues.Cpu(cores);
        }

        if (memory is > 0 and var bytes)
        {
            quantities["memory"] = KubeValues.Bytes(bytes);
        }

        return quantities.Count == 0 ? null : quantities;
    }
}
