using System.Collections.Immutable;
using Compose.Loading.Yaml;
using Compose.Model;

namespace Compose.Loading.Binding;

/// <summary>A top-level volume. <see cref="Volume.Name"/> holds an explicit name (or legacy <c>external.name</c>), else empty until normalized.</summary>
public static class VolumeBinder
{
    public static Volume Bind(string key, Node node, BindingContext context)
    {
        if (node is ScalarNode { IsNull: true })
        {
            return new Volume { Name = "" };
        }

        var volume = MappingReader.Open(node, $"volumes.{key}", SpecKeys.Volume);
        var (external, externalName) = External.Read(volume);
        var driver = volume.String("driver");
        return new Volume
        {
            Name = volume.String("name") ?? externalName ?? "",
            Driver = driver,
            DriverOpts = BindDevice(driver, volume.Map("driver_opts"), context),
            External = external,
            Labels = volume.Map("labels"),
            Extensions = volume.Extensions(),
        };
    }

    /// <summary>
    /// A local volume that bind-mounts a host directory (<c>o: bind</c>) names it by <c>device</c>: a relative one is
    /// made absolute against the project directory, as docker compose does (the engine would take it relative to
    /// its own working directory and fail the mount). compose-go does this only with <c>driver: local</c> written
    /// and <c>o</c> exactly <c>bind</c>; here also without a driver (local is the default) and for <c>o</c> lists
    /// such as <c>bind,ro</c>, the same rule included files follow. An empty device (an unset variable) is left empty.
    /// </summary>
    private static ImmutableSortedDictionary<string, string> BindDevice(string? driver, ImmutableSortedDictionary<string, string> options, BindingContext context) =>
        driver is null or "local"
        && options.TryGetValue("o", out var o) && o.Split(',').Contains("bind")
        && options.TryGetValue("device", out var device) && device.Length > 0
            ? options.SetItem("device", PathSyntax.Resolve(device, context))
            : options;
}
