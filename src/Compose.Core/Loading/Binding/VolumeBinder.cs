using Compose.Loading.Yaml;
using Compose.Model;

namespace Compose.Loading.Binding;

/// <summary>A top-level volume. <see cref="Volume.Name"/> holds an explicit name (or legacy <c>external.name</c>), else empty until normalized.</summary>
public static class VolumeBinder
{
    public static Volume Bind(string key, Node node)
    {
        if (node is ScalarNode { IsNull: true })
        {
            return new Volume { Name = "" };
        }

        var volume = MappingReader.Open(node, $"volumes.{key}", SpecKeys.Volume);
        var (external, externalName) = External.Read(volume);
        return new Volume
        {
            Name = volume.String("name") ?? externalName ?? "",
            Driver = volume.String("driver"),
            DriverOpts = volume.Map("driver_opts"),
            External = external,
            Labels = volume.Map("labels"),
            Extensions = volume.Extensions(),
        };
    }
}
