using Compose.Errors;
using Compose.Loading.Yaml;
using Compose.Model;

namespace Compose.Loading.Binding;

/// <summary>
/// Binds one <c>services.NAME</c> mapping into a <see cref="Service"/> in canonical long syntax: each key through its
/// entry in the key tables (a null or empty value leaves the key unset), then the rules that span several keys.
/// </summary>
public static class ServiceBinder
{
    /// <summary>Every service key the binder understands; a test checks it equals <see cref="SpecKeys.Service"/>.</summary>
    /// <remarks>A plain dictionary: building a frozen one costs more at start-up than its lookups save for one file.</remarks>
    public static readonly IReadOnlyDictionary<string, ServiceKeyBinder> Keys = ServiceImageKeys.Entries
        .Concat(ServiceProcessKeys.Entries)
        .Concat(ServiceNetworkKeys.Entries)
        .Concat(ServiceStorageKeys.Entries)
        .Concat(ServiceSecurityKeys.Entries)
        .Concat(ServiceResourceKeys.Entries)
        .ToDictionary(StringComparer.Ordinal);

    public static Service Bind(string name, Node node, BindingContext context)
    {
        var path = $"services.{name}";
        if (node is ScalarNode { IsNull: true })
        {
            // An empty service (`name:` with nothing under it) is allowed, as in docker compose; checks still apply.
            node = new MappingNode(node.Location, []);
        }

        var mapping = NodeReader.Mapping(node, path);
        KeyValidator.Check(mapping, SpecKeys.Service, path);
        var service = new Service { Name = name };
        foreach (var (key, value) in mapping.Entries)
        {
            if (key.Value.StartsWith("x-", StringComparison.Ordinal))
            {
                service = service with { Extensions = service.Extensions.SetItem(key.Value, PlainData.From(value)) };
            }
            else if (!IsUnset(value))
            {
                service = Keys[key.Value](service, value, $"{path}.{key.Value}", context);
            }
        }

        return Reconcile(service, mapping, path);
    }

    /// <summary>
    /// Null, or an empty string (as `${UNSET}` interpolates to): docker compose's typed fields treat both as not set.
    /// Inside data maps (environment, labels) an empty string stays a value.
    /// </summary>
    internal static bool IsUnset(Node value) => value is ScalarNode { IsNull: true } or ScalarNode { Value.Length: 0 };

    /// <summary><c>scale</c> and <c>deploy.replicas</c> must agree; the replica count is whichever is set.</summary>
    private static Service Reconcile(Service service, MappingNode mapping, string path)
    {
        if (service is { Scale: { } scale, Deploy.Replicas: { } replicas } && scale != replicas)
        {
            throw new ComposeFileException(mapping.Entries.First(e => e.Key.Value == "scale").Key.Location, $"{path}.scale",
                $"scale ({scale}) and deploy.replicas ({replicas}) differ; set only one of them.");
        }

        return service with { Scale = service.Scale ?? service.Deploy?.Replicas };
    }
}
