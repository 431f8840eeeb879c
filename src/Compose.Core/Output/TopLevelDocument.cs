using Compose.Model;

namespace Compose.Output;

/// <summary>Top-level networks, volumes, secrets, configs and models, keys in docker compose's order.</summary>
internal static class TopLevelDocument
{
    public static object? Network(Network network, bool normalized) => OutputValues.WithExtensions(OutputValues.Always(
        ("name", Name(network.Name, normalized)),
        ("driver", network.Driver),
        ("driver_opts", OutputValues.Map(network.DriverOpts)),
        ("ipam", network.Ipam is { } ipam ? OutputValues.Always(
            ("driver", ipam.Driver),
            ("config", OutputValues.List(ipam.Config, Pool)),
            ("options", OutputValues.Map(ipam.Options))) : null),
        ("external", OutputValues.Flag(network.External)),
        ("internal", OutputValues.Flag(network.Internal)),
        ("attachable", OutputValues.Flag(network.Attachable)),
        ("enable_ipv4", network.EnableIpv4),
        ("enable_ipv6", network.EnableIpv6),
        ("labels", OutputValues.Map(network.Labels))), network.Extensions);

    public static object? Volume(Volume volume, bool normalized) => OutputValues.WithExtensions(OutputValues.Always(
        ("name", Name(volume.Name, normalized)),
        ("driver", volume.Driver),
        ("driver_opts", OutputValues.Map(volume.DriverOpts)),
        ("external", OutputValues.Flag(volume.External)),
        ("labels", OutputValues.Map(volume.Labels))), volume.Extensions);

    public static object? FileObject(FileObject file) => OutputValues.WithExtensions(OutputValues.Always(
        ("name", file.Name),
        ("file", file.File),
        ("environment", file.Environment),
        ("content", file.Content),
        ("external", OutputValues.Flag(file.External)),
        ("labels", OutputValues.Map(file.Labels)),
        ("driver", file.Driver),
        ("driver_opts", OutputValues.Map(file.DriverOpts)),
        ("template_driver", file.TemplateDriver)), file.Extensions);

    public static object? Model(ModelDefinition model) => OutputValues.WithExtensions(OutputValues.Always(
        ("name", model.Name),
        ("model", model.Model),
        ("context_size", model.ContextSize),
        ("runtime_flags", OutputValues.List(model.RuntimeFlags))), model.Extensions);

    /// <summary>
    /// Once normalized every name is set, and an empty one is an external resource whose <c>name:</c> came out empty
    /// (an unset variable): printed as <c>name: ""</c> so the output loads back to the same refusal at <c>up</c>
    /// (docker compose leaves the key out, and its output loaded again would use the resource named by the key).
    /// Before normalization an empty name means "not given".
    /// </summary>
    private static string? Name(string name, bool normalized) => normalized || name.Length > 0 ? name : null;

    private static object? Pool(IpamPool pool) => OutputValues.Always(
        ("subnet", pool.Subnet),
        ("gateway", pool.Gateway),
        ("ip_range", pool.IpRange),
        ("aux_addresses", OutputValues.Map(pool.AuxAddresses)));
}
