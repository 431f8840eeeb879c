using Compose.Model;

namespace Compose.Output;

/// <summary>
/// The project as plain ordered data (maps, lists, strings, numbers, booleans) shaped like <c>docker compose config</c>,
/// so it can be written as YAML or JSON and loaded again into the same model.
/// </summary>
public static class ProjectDocument
{
    public static OrderedMap From(Project project)
    {
        var document = new OrderedMap { ["name"] = project.Name };
        document["services"] = Sorted(project.Services.Select(s => (s.Key, (object?)ServiceDocument.From(s.Value))));
        if (!project.Networks.IsEmpty)
        {
            document["networks"] = Sorted(project.Networks.Select(n => (n.Key, (object?)Network(n.Value))));
        }

        if (!project.Volumes.IsEmpty)
        {
            document["volumes"] = Sorted(project.Volumes.Select(v => (v.Key, (object?)Volume(v.Value))));
        }

        foreach (var (key, value) in project.Extensions)
        {
            document[key] = value;
        }

        return document;
    }

    private static OrderedMap Network(Network network)
    {
        var map = new OrderedMap();
        map.AddIfSet("attachable", network.Attachable ? true : null);
        map.AddIfSet("driver", network.Driver);
        map.AddIfSet("driver_opts", network.DriverOpts.IsEmpty ? null : network.DriverOpts);
        map.AddIfSet("enable_ipv6", network.EnableIpv6);
        map.AddIfSet("external", network.External ? true : null);
        map.AddIfSet("internal", network.Internal ? true : null);
        map.AddIfSet("labels", network.Labels.IsEmpty ? null : network.Labels);
        map["name"] = network.Name;
        return map;
    }

    private static OrderedMap Volume(Volume volume)
    {
        var map = new OrderedMap();
        map.AddIfSet("driver", volume.Driver);
        map.AddIfSet("driver_opts", volume.DriverOpts.IsEmpty ? null : volume.DriverOpts);
        map.AddIfSet("external", volume.External ? true : null);
        map.AddIfSet("labels", volume.Labels.IsEmpty ? null : volume.Labels);
        map["name"] = volume.Name;
        return map;
    }

    internal static OrderedMap Sorted(IEnumerable<(string Key, object? Value)> entries)
    {
        var map = new OrderedMap();
        foreach (var (key, value) in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            map[key] = value;
        }

        return map;
    }
}
