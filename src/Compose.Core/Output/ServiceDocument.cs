using Compose.Model;

namespace Compose.Output;

/// <summary>One service as <c>docker compose config</c> prints it: long syntax, keys sorted ordinally, unset keys left out.</summary>
internal static class ServiceDocument
{
    public static OrderedMap From(Service service)
    {
        var entries = ServiceProcessEntries.For(service)
            .Concat(ServiceNetworkEntries.For(service))
            .Concat(ServiceStorageEntries.For(service))
            .Concat(ServiceResourceEntries.For(service))
            .Concat(ServiceOrchestrationEntries.For(service))
            .Concat(service.Extensions.Select(e => (e.Key, e.Value)));
        var map = new OrderedMap();
        foreach (var (key, value) in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            map.AddIfSet(key, value);
        }

        return map;
    }
}
