using Compose.Errors;
using k8s;
using k8s.Models;

namespace Compose.Conversion.Kubernetes;

/// <summary>Object names and the file each object is written to; two objects of one kind may not share a name.</summary>
public static class ManifestNames
{
    public static string KindOf(IKubernetesObject value) => value.Kind;

    public static string NameOf(IKubernetesObject value) => ((IMetadata<V1ObjectMeta>)value).Metadata.Name;

    /// <summary><c>web-deployment.yaml</c>: name first, so a service's objects sit together in a listing.</summary>
    public static string FileName(IKubernetesObject value) => $"{NameOf(value)}-{KindOf(value).ToLowerInvariant()}.yaml";

    public static void CheckUnique(ConversionContext context, IEnumerable<IKubernetesObject> objects)
    {
        var duplicate = objects.GroupBy(o => (o.Kind, Name: NameOf(o))).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ComposeFileException(context.Sources.Find("services"), null,
                $"two {duplicate.Key.Kind} objects would both be named '{duplicate.Key.Name}' (from a service, config, secret, env_file or alias of that name); rename one of them to convert the project.");
        }
    }
}
